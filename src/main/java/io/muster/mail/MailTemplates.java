package io.muster.mail;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message twice, as HTML and as plain text, from templates under {@code templates/mail/}.
 *
 * <p>It has its own engine because plain text needs Thymeleaf's TEXT mode, which the page
 * engine does not use.
 */
@Component
class MailTemplates {

	private final TemplateEngine engine;

	MailTemplates(MessageSource messages) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateEngineMessageSource(messages);
		engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
		this.engine = engine;
	}

	RenderedMail render(Mail mail) {
		Context context = new Context(mail.locale());
		context.setVariables(Map.copyOf(mail.model()));
		context.setVariable("subject", mail.subject());
		String html = engine.process(mail.template() + ".html", context);
		String text = engine.process(mail.template() + ".txt", context);
		return new RenderedMail(html, text);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	record RenderedMail(String html, String text) {
	}

}
