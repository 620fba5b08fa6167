package io.muster.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * Ports and set-ups for the servers tests start beside the application: another node, an SMTP
 * server on the loopback address.
 */
public final class LocalServers {

	private LocalServers() {
	}

	/**
	 * A port nothing listens on right now, for a server that must come up later at a port the
	 * application was already told (an SMTP server that is down at first); anything else binds
	 * port 0 and reads its port back, which no other process can take in between.
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A GreenMail SMTP server on 127.0.0.1 at a port chosen when it starts: ask it with getSmtp().getPort(). */
	public static ServerSetup smtp() {
		return smtp(0).dynamicPort();
	}

	/**
	 * Points the application's mail at the SMTP server on 127.0.0.1 that answers at this port; the
	 * port is asked for when the application starts, once the server has bound it.
	 */
	public static void sendMailTo(DynamicPropertyRegistry registry, Supplier<Integer> port) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", port::get);
	}

	/** A GreenMail SMTP server on this port of 127.0.0.1. */
	public static ServerSetup smtp(int port) {
		return new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
	}

}
