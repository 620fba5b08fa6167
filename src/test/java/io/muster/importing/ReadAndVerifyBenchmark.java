package io.muster.importing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.muster.directory.AccountRules;
import io.muster.directory.PasswordPolicy;
import io.muster.directory.Rank;
import io.muster.directory.Role;
import io.muster.importing.csv.CsvLimits;
import io.muster.importing.csv.CsvTable;
import io.muster.importing.csv.CsvTableReader;

/**
 * Reading and verifying a class list against FastCSV parsing the same bytes, with JMH: forked,
 * warmed up, with error bars. The verification runs with the real account rules (the password
 * policy of an organization and a System Administrator's rank), as a draft is verified. Run with
 * {@code bench/run --jmh}; it prints each figure and the throughput ratio against FastCSV.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class ReadAndVerifyBenchmark {

	private static final ColumnMapping MAPPING = new ColumnMapping("Name", null, null, "Email", "Tags", null);

	private static final ImportOptions OPTIONS = new ImportOptions(1L, null, false, false, false, List.of());

	@Param("100000")
	int rows;

	private byte[] file;

	private CsvTableReader reader;

	private AccountRules rules;

	@Setup
	public void prepare() {
		file = ImportBenchmarks.csv(rows, "bench", false);
		reader = CsvTableReader.builder().limits(new CsvLimits(5, rows, file.length)).build();
		rules = new AccountRules(new PasswordPolicy(), PasswordPolicy.MIN_LENGTH,
				new Rank(1, 1, Role.SYSTEM_ADMIN, Set.of()));
	}

	/** The floor: FastCSV parsing the same bytes into records, nothing else. */
	@Benchmark
	public long fastCsvParse() {
		long fields = 0;
		for (CsvRecord record : CsvReader.builder().ofCsvRecord(new String(file, StandardCharsets.UTF_8))) {
			fields += record.getFieldCount();
		}
		return fields;
	}

	/** Reading alone: decoding, separator and header detection, limits, the table of strings. */
	@Benchmark
	public int read() {
		return reader.read(file).rows().size();
	}

	/** What a draft does: read the file, stage its rows by the mapping, verify every row. */
	@Benchmark
	public int readAndVerify() {
		CsvTable table = reader.read(file);
		return new Verifier(MAPPING, table.separator(), OPTIONS, Map.of(), rules, Map.of()).verify(DraftFile.rows(table, MAPPING))
			.size();
	}

	public static void main(String[] args) throws Exception {
		Map<String, Result<?>> results = new HashMap<>();
		for (RunResult run : new Runner(new OptionsBuilder().include(ReadAndVerifyBenchmark.class.getName() + "\\.")
			.build()).run()) {
			results.put(run.getParams().getBenchmark().replaceAll(".*\\.", ""), run.getPrimaryResult());
		}
		results.forEach((name, result) -> System.out.printf(Locale.ROOT, "jmh_%s_ms: %.2f ± %.2f%n", name,
				result.getScore(), result.getScoreError()));
		double floor = results.get("fastCsvParse").getScore();
		System.out.printf(Locale.ROOT, "jmh_read_vs_fastcsv_throughput: %.2f%n", floor / results.get("read").getScore());
		System.out.printf(Locale.ROOT, "jmh_read_verify_vs_fastcsv_throughput (goal >= 0.5): %.2f%n",
				floor / results.get("readAndVerify").getScore());
	}

}
