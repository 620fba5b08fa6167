package io.muster.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.muster.importing.csv.HostileWorkbooks;
import io.muster.importing.csv.Workbooks;

/**
 * A corpus of malformed and hostile uploads, the kinds an import meets in the wild or from an attacker.
 */
final class HostileFiles {

	record HostileFile(String name, byte[] bytes) {

		@Override
		public String toString() {
			return name + " (" + bytes.length + " bytes)";
		}

	}

	private static final Charset UTF_8 = StandardCharsets.UTF_8;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private HostileFiles() {
	}

	static List<HostileFile> corpus() {
		List<HostileFile> files = new ArrayList<>();
		String[] names = { "Ada Lovelace", "Grace Hopper", "José Peña", "李小龍", "محمد علي", "Zoë 👩‍🏫 Weiß" };
		for (int i = 0; i < names.length; i++) {
			files.add(text("truncated-quote-" + i, "Name,Email\n\"" + names[i] + ",ada" + i + "@example.org\n"));
			files.add(text("quote-in-middle-" + i, "Name,Email\n" + names[i] + " \"the\" one,ada" + i + "@example.org\n"));
			files.add(text("nul-in-name-" + i, "Name,Email\n" + names[i] + "\0,nul" + i + "@example.org\n"));
			files.add(text("nul-everywhere-" + i, ("Name,Email\n" + names[i] + ",x" + i + "@example.org\n").replace("", "\0")));
			files.add(text("rtl-override-" + i, "Name,Email\n\u202E" + names[i] + "\u202C,rtl" + i + "@example.org\n"));
			files.add(text("html-name-" + i, "Name,Email\n<script>alert('" + i + "')</script>" + names[i]
					+ ",html" + i + "@example.org\n<img src=x onerror=alert(1)>,img" + i + "@example.org\n"));
			files.add(new HostileFile("utf16le-no-bom-" + i, ("Name,Email\n" + names[i] + ",u" + i + "@example.org\n")
				.getBytes(StandardCharsets.UTF_16LE)));
			files.add(new HostileFile("utf16be-no-bom-" + i, ("Name,Email\n" + names[i] + ",u" + i + "@example.org\n")
				.getBytes(StandardCharsets.UTF_16BE)));
			files.add(new HostileFile("mixed-encodings-" + i, concat(("Name,Email\n" + names[i] + ",a@example.org\n")
				.getBytes(UTF_8), "Renée Faÿ,renee@example.org\n".getBytes(WINDOWS_1252))));
		}
		for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=cmd", "\r=cmd", "=HYPERLINK(\"http://x\")",
				"=cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!E2", "@A1")) {
			files.add(text("csv-injection-name-" + files.size(), "Name,Email\n\"" + formula + "\",inj" + files.size()
					+ "@example.org\n"));
			files.add(text("csv-injection-tags-" + files.size(), "Name,Email,Tags\nAda,tag" + files.size()
					+ "@example.org,\"" + formula + "\"\n"));
		}
		files.add(text("one-huge-field", "Name,Email\n\"" + "x".repeat(1_900_000) + "\",huge@example.org\n"));
		files.add(text("huge-header-field", "x".repeat(1_900_000) + ",Email\nAda,ada@example.org\n"));
		files.add(text("million-columns", ",".repeat(1_000_000) + "\nAda\n"));
		files.add(text("gigantic-line", "Name,Email\n" + "Ada Lovelace ".repeat(150_000) + ",ada@example.org\n"));
		files.add(text("many-rows", "Name,Email\n" + "Ada,ada@example.org\n".repeat(5_000)));
		files.add(text("empty", ""));
		files.add(text("blank-lines", "\n\n\r\n\n"));
		files.add(text("spaces-only", "   \n \t \n"));
		files.add(text("header-only", "Name,Email\n"));
		files.add(text("separators-only", ",,,,\n,,,,\n"));
		files.add(text("cr-line-ends", "Name,Email\rAda,ada.cr@example.org\rGrace,grace.cr@example.org\r"));
		files.add(text("mixed-line-ends", "Name,Email\r\nAda,ada.mixed@example.org\rGrace,grace.mixed@example.org\n"));
		files.add(text("sep-line-only", "sep=;\n"));
		files.add(text("bom-only", "\uFEFF"));
		files.add(text("quote-only", "\""));
		files.add(text("many-quotes", "\"".repeat(100_000)));
		files.add(text("unbalanced-quotes", "Name,Email\n\"Ada\"\"\",\"ada@example.org\n\"Grace,\"x\n"));
		files.add(text("wrong-separator-count", "Name,Email\nAda,ada@example.org,extra,values,here,too,many\n"));
		files.add(text("ten-columns", "a,b,c,d,e,f,g,h,i,j\n1,2,3,4,5,6,7,8,9,10\n"));
		files.add(text("control-characters", "Name,Email\n\u0001\u0002\u0003Ada\u0007,ctrl@example.org\n"));
		files.add(text("zero-width", "\u200BName\u200B,\u200BEmail\nA\u200Bda,zw@example.org\n"));
		files.add(text("lone-surrogate-ish", "Name,Email\n\uD800Ada,sur@example.org\n"));
		files.add(new HostileFile("pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(WINDOWS_1252)));
		files.add(new HostileFile("png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 }));
		files.add(new HostileFile("gif", "GIF89a\0\0\0\0".getBytes(WINDOWS_1252)));
		files.add(new HostileFile("old-xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
				(byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 }));
		files.add(new HostileFile("xlsx-named-csv.csv", Workbooks.xlsx(List.of(List.of("Name", "Email"),
				List.of("Ada Lovelace", "ada.xlsx@example.org")))));
		files.add(new HostileFile("xlsx-truncated", Arrays.copyOf(Workbooks.xlsx(List.of(List.of("Name", "Email"))), 200)));
		files.add(new HostileFile("zip-bomb", zipBomb()));
		files.add(new HostileFile("zip-without-workbook", zip("hello.txt", "hello".getBytes(UTF_8))));
		files.add(new HostileFile("zip-header-only", new byte[] { 'P', 'K', 3, 4 }));
		HostileWorkbooks.all().forEach(workbook -> files.add(new HostileFile(workbook.name(), workbook.bytes())));
		Random random = new Random(20261125);
		for (int i = 0; i < 60; i++) {
			byte[] bytes = new byte[1 + random.nextInt(4_000)];
			random.nextBytes(bytes);
			files.add(new HostileFile("random-bytes-" + i, bytes));
		}
		for (int i = 0; i < 40; i++) {
			files.add(new HostileFile("mangled-sample-" + i, mangle(random)));
		}
		return files;
	}

	private static byte[] mangle(Random random) {
		byte[] sample = ("Name,Email,Tags,Password\nAda Lovelace,ada@example.org,\"a;b\",Analytical-1843\n"
				+ "\"Hopper, Grace\",grace@example.org,x,Cobol-1959\n").getBytes(UTF_8);
		byte[] mangled = sample.clone();
		byte[] noise = "\",;\n\r\t\0x@é".getBytes(UTF_8);
		for (int n = 0; n < 1 + random.nextInt(8); n++) {
			mangled[random.nextInt(mangled.length)] = noise[random.nextInt(noise.length)];
		}
		return Arrays.copyOf(mangled, 1 + random.nextInt(mangled.length));
	}

	private static HostileFile text(String name, String content) {
		return new HostileFile(name, content.getBytes(UTF_8));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static byte[] zipBomb() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] zip(String name, byte[] content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
