package io.muster.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application started as a process of its own, as a node of a cluster would be, and
 * killed like one.
 */
public final class Node implements AutoCloseable {

	private static final Pattern STARTED_ON_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private final String name;

	private final Process process;

	private final Path logFile;

	/** Known once the node has said in its log which port it bound; 0 until then. */
	private int port;

	private Node(String name, Process process, Path logFile) {
		this.name = name;
		this.process = process;
		this.logFile = logFile;
	}

	/**
	 * The jar {@code mvn package} built, if this run got that far.
	 */
	public static Optional<Path> packagedJar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("muster-.*\\.jar")).findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Starts a node and waits until it is ready to take requests; a node of the demo unless the
	 * properties choose {@code spring.profiles.active}.
	 */
	public static Node start(String name, Path jar, Map<String, ?> properties) throws IOException, InterruptedException {
		return start(name, jar, properties, List.of("-Xmx384m"));
	}

	/**
	 * Starts a node with options of its own for the JVM, such as its heap size or a GC log.
	 */
	public static Node start(String name, Path jar, Map<String, ?> properties, List<String> jvmOptions)
			throws IOException, InterruptedException {
		return launch(name, List.of("-jar", jar.toString()), properties, jvmOptions);
	}

	/**
	 * Starts the application from the tests' own class path, so that a test needs no packaged jar: for a
	 * node whose JVM must differ from the test's, such as a small heap.
	 */
	public static Node startFromClassPath(String name, Map<String, ?> properties, List<String> jvmOptions)
			throws IOException, InterruptedException {
		return launch(name, List.of("-cp", System.getProperty("java.class.path"), "io.muster.MusterApplication"),
				properties, jvmOptions);
	}

	private static Node launch(String name, List<String> application, Map<String, ?> properties,
			List<String> jvmOptions) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(javaExecutable()));
		command.addAll(jvmOptions);
		command.addAll(application);
		// The node binds a free port and says which in its log, at INFO even when the root level is quieter.
		command.addAll(List.of("--server.port=0", "--logging.level.org.springframework.boot.tomcat=INFO",
				"--db-scheduler.scheduler-name=" + name));
		if (!properties.containsKey("spring.profiles.active")) {
			command.add("--spring.profiles.active=demo");
		}
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		Path logFile = Path.of("target", "nodes", name + ".log");
		Files.createDirectories(logFile.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(logFile.toFile()).start();
		Node node = new Node(name, process, logFile);
		node.awaitReady();
		return node;
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	public String name() {
		return name;
	}

	/**
	 * Ends the process at once, without shutdown hooks, as a crash or {@code kill -9} would.
	 */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private void awaitReady() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " stopped while starting; see " + logFile);
			}
			if (port == 0) {
				port = portInLog();
			}
			if (port != 0 && ready(client)) {
				return;
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException(name + " was not ready within two minutes; see " + logFile);
	}

	private boolean ready(HttpClient client) throws InterruptedException {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build(),
					HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
		}
		catch (IOException notYet) {
			// Bound, but not answering yet.
			return false;
		}
	}

	/**
	 * The port the node bound, once its log says so; 0 before.
	 */
	private int portInLog() throws IOException {
		Matcher started = STARTED_ON_PORT.matcher(Files.readString(logFile, StandardCharsets.ISO_8859_1));
		return started.find() ? Integer.parseInt(started.group(1)) : 0;
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	@Override
	public String toString() {
		return name + " on port " + port + " (" + String.join(File.separator, "target", "nodes", name + ".log") + ")";
	}

}
