package io.muster.cards;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.muster.mail.MailLinks;
import io.muster.secrets.StagingCipher;

/**
 * Keeps the passwords made for people until their cards are printed, and prints them once.
 *
 * <p>The passwords rest encrypted with the staging key ({@code muster.import.staging-key}), like
 * the passwords of an import's staged rows, and are deleted by the download that prints them or
 * after {@code muster.cards.retention} (a day), whichever comes first.
 */
@Service
public class SignInCards {

	private final CardSets sets;

	private final CardPdf pdf;

	private final CardSettings settings;

	private final MailLinks links;

	private final StagingCipher cipher;

	SignInCards(CardSets sets, CardPdf pdf, CardSettings settings, MailLinks links, StagingCipher cipher) {
		this.sets = sets;
		this.pdf = pdf;
		this.settings = settings;
		this.links = links;
		this.cipher = cipher;
	}

	/**
	 * Adds cards to a set, opening it with its first cards; in the caller's transaction, so that
	 * the cards are kept exactly when the passwords on them are.
	 *
	 * @param madeBy who made the passwords (who started the import, or reset them)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void keep(UUID setId, long organizationId, long madeBy, List<SignInCard> cards) {
		if (cards.isEmpty()) {
			return;
		}
		Instant now = Instant.now();
		sets.open(setId, organizationId, madeBy, now, now.plus(settings.retention()));
		sets.add(setId, cards.stream()
			.map(card -> new CardSets.StoredCard(card.number(), card.name(), card.group(), card.email(),
					cipher.encrypt(card.password().getBytes(StandardCharsets.UTF_8))))
			.toList());
	}

	/**
	 * What became of a set of this organization; with {@code madeBy}, only of a set that person made
	 * (the caller decides who else may see it, as an import's visibility does).
	 */
	@Transactional(readOnly = true)
	public CardSetStatus status(UUID setId, long organizationId, @Nullable Long madeBy) {
		return sets.find(setId, organizationId, madeBy).map(set -> status(setId, set, Instant.now()))
			.orElseGet(CardSetStatus::none);
	}

	/**
	 * The set's cards as a PDF in the reader's language, whose passwords are deleted as it is
	 * handed out: a second download, or one after the set's day, is refused saying so.
	 */
	@Transactional
	public byte[] download(UUID setId, long organizationId, @Nullable Long madeBy, CardPaper paper, Locale locale) {
		CardSets.StoredSet set = sets.lock(setId, organizationId, madeBy)
			.orElseThrow(() -> new CardsUnavailable(CardSetStatus.State.NONE));
		Instant now = Instant.now();
		CardSetStatus status = status(setId, set, now);
		if (!status.ready()) {
			throw new CardsUnavailable(status.state());
		}
		List<SignInCard> cards = sets.cards(setId).stream()
			.map(card -> new SignInCard(card.number(), card.name(), card.group(), card.email(),
					new String(cipher.decrypt(card.passwordCipher()), StandardCharsets.UTF_8)))
			.toList();
		byte[] printed = pdf.render(cards, paper, locale, links.to("/login"));
		sets.markDownloaded(setId, now);
		return printed;
	}

	private CardSetStatus status(UUID setId, CardSets.StoredSet set, Instant now) {
		if (set.downloadedAt() != null) {
			return new CardSetStatus(CardSetStatus.State.DOWNLOADED, 0, set.expiresAt(), set.downloadedAt());
		}
		if (!set.expiresAt().isAfter(now)) {
			return new CardSetStatus(CardSetStatus.State.EXPIRED, 0, set.expiresAt(), null);
		}
		return new CardSetStatus(CardSetStatus.State.READY, sets.count(setId), set.expiresAt(), null);
	}

}
