import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.officebench.cli.internal.Cli;
import org.officebench.core.internal.FileRepositoryService;

/**
 * Crash harness: a child process saves, files, edits and reindexes a repository at random and is killed by SIGKILL at a
 * random moment; after each kill the harness checks what a user relies on. Two kinds of child:
 * <ul>
 * <li>{@code jvm}: a child JVM over the product's plugins that runs the command line's own code ({@link Cli}, the same
 * class the OSGi application calls) command after command, printing what the command line prints;</li>
 * <li>{@code script}: the real {@code ./officebench} script, one process per command, the whole process group killed.</li>
 * </ul>
 * After each kill: every document reported saved is listed and opens ({@code list --json}, {@code show --json}); every
 * printed 档号 exists with the printed file digest ({@code catalogue --json}); no 重号 and no 漏号 in any 档号 sequence;
 * {@code verify} passes (the store matches its digests); {@code search} finds the last filed 件 (the index is consistent or
 * rebuilt); the next write gets the lock ({@code new}); no temp file is left beside the documents or in the store, and no
 * {@code officebench-cli.*} folder in TMPDIR. Run by run.sh:
 *
 * <pre>CrashHarness WORK OFFICEBENCH-SCRIPT CLASSPATH [--trials N] [--seed S] [--script-every K] [--max-kill-ms MS]</pre>
 */
public class CrashHarness {

	static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");
	static final Pattern CODE = Pattern.compile("\"archivalCode\":\"([^\"]+)\"");
	static final Pattern SHA = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"");
	static final Pattern FILE = Pattern.compile("\"file\":\"rec-([a-z]+)\\.txt\"");
	static final Pattern SEQUENCE = Pattern.compile("^(.*)-(\\d{4})$");
	static final String FONDS_ARGS = "--fonds Z109 --org YYB";

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("child")) {
			child(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]));
			return;
		}
		new CrashHarness(args).run();
	}

	// ---------------------------------------------------------------- the workload, shared by both kinds of child

	/** The next random command: saves ({@code new}), filings ({@code import}), edits ({@code lend}, {@code return}), reindexing. */
	static String[] nextCommand(Random random, Path repo, Path files, List<String> codes) throws IOException {
		int pick = random.nextInt(100);
		List<String> a = new ArrayList<>(List.of("--repo", repo.toString()));
		if (pick < 25) {
			String[] kinds = { "policy", "minutes", "flowchart" };
			a.addAll(List.of("new", kinds[random.nextInt(3)], "--title", "营运制度 " + word(random), "--json"));
		} else if (pick < 70 || codes.isEmpty()) {
			String[] retentions = { "Y", "D30", "D10" };
			a.addAll(List.of("import", "--json", "--fonds", "Z109", "--org", "YYB", "--year", String.valueOf(2024 + random.nextInt(2)),
					"--retention", retentions[random.nextInt(3)]));
			int n = 1 + random.nextInt(4);
			Files.createDirectories(files);
			for (int i = 0; i < n; i++) {
				String w = word(random);
				Path f = files.resolve("rec-" + w + ".txt");
				StringBuilder text = new StringBuilder("营运部工作记录\n关键词 " + w + "\n");
				for (int k = random.nextInt(200); k > 0; k--) {
					text.append("本周巡检门店").append(k).append("家,发现问题").append(random.nextInt(9)).append("项。\n");
				}
				Files.writeString(f, text);
				a.add(f.toString());
			}
		} else if (pick < 82) {
			a.addAll(List.of("lend", codes.get(random.nextInt(codes.size())), "--to", "张三", "--purpose", "查阅", "--due", "2030-01-01"));
		} else if (pick < 90) {
			a.addAll(List.of("return", codes.get(random.nextInt(codes.size()))));
		} else if (pick < 96) {
			a.add("reindex");
		} else {
			a.addAll(List.of("search", "--json", "巡检"));
		}
		return a.toArray(String[]::new);
	}

	static String word(Random random) {
		char[] c = new char[10];
		for (int i = 0; i < c.length; i++) {
			c[i] = (char) ('a' + random.nextInt(26));
		}
		return new String(c);
	}

	/** The child JVM: commands one after another, for ever, until killed. Everything it prints is flushed at once. */
	static void child(Path repo, Path files, long seed) throws Exception {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		Random random = new Random(seed);
		List<String> codes = new ArrayList<>();
		out.println("#READY");
		while (true) {
			String[] command = nextCommand(random, repo, files, codes);
			out.println("#CMD " + String.join(" ", List.of(command).subList(2, command.length)));
			// The child reads back what it printed only to pick 件 to lend; the harness reads the pipe.
			ByteArrayOutputStream copy = new ByteArrayOutputStream();
			PrintStream tee = new PrintStream(new TeeStream(out, copy), true, StandardCharsets.UTF_8);
			int code = new Cli(tee, err, new FileRepositoryService()).run(command);
			tee.flush();
			for (String line : copy.toString(StandardCharsets.UTF_8).split("\n")) {
				Matcher m = CODE.matcher(line);
				if (m.find() && line.contains("\"sha256\"")) {
					codes.add(m.group(1));
				}
			}
			out.println("#EXIT " + code);
		}
	}

	static final class TeeStream extends java.io.OutputStream {
		final java.io.OutputStream a, b;

		TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
			this.a = a;
			this.b = b;
		}

		@Override
		public void write(int x) throws IOException {
			a.write(x);
			b.write(x);
		}

		@Override
		public void write(byte[] x, int off, int len) throws IOException {
			a.write(x, off, len);
			b.write(x, off, len);
		}

		@Override
		public void flush() throws IOException {
			a.flush();
		}
	}

	// ---------------------------------------------------------------- the harness

	final Path work;
	final Path script;
	final String classpath;
	int trials = 1000;
	long seed = System.nanoTime();
	int scriptEvery = 10;
	int maxKillMs = 4000;
	final Path tmp;
	final Path files;
	final Random random;

	/** What the children reported as saved in the current repository: document ids, 档号 with their file digest and word. */
	final Set<String> reportedIds = new LinkedHashSet<>();
	final Map<String, String> reportedCodes = new LinkedHashMap<>();
	final Map<String, String> codeWords = new LinkedHashMap<>();
	Path repo;
	int repoNumber;

	CrashHarness(String[] args) {
		work = Path.of(args[0]);
		script = Path.of(args[1]);
		classpath = args[2];
		for (int i = 3; i < args.length; i++) {
			switch (args[i]) {
			case "--trials" -> trials = Integer.parseInt(args[++i]);
			case "--seed" -> seed = Long.parseLong(args[++i]);
			case "--script-every" -> scriptEvery = Integer.parseInt(args[++i]);
			case "--max-kill-ms" -> maxKillMs = Integer.parseInt(args[++i]);
			default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		tmp = work.resolve("tmp");
		files = work.resolve("files");
		random = new Random(seed);
	}

	void run() throws Exception {
		Files.createDirectories(tmp);
		System.out.printf("crash harness: %d trials, seed %d, a real ./officebench script every %s trials, kill within %d ms of the child's start%n",
				trials, seed, scriptEvery == 0 ? "(never)" : scriptEvery, maxKillMs);
		freshRepository();
		int failures = 0;
		int worstLoss = 0;
		String worst = "none";
		long commandsRun = 0;
		long start = System.nanoTime();
		for (int t = 1; t <= trials; t++) {
			boolean viaScript = scriptEvery > 0 && t % scriptEvery == 0;
			Trial trial = viaScript ? scriptTrial(t) : jvmTrial(t);
			commandsRun += trial.commands;
			List<String> problems = new ArrayList<>();
			int loss = check(trial, problems);
			if (!problems.isEmpty()) {
				failures++;
				System.out.printf("FAIL trial %d (%s, seed %d, killed after %d ms during \"%s\", repository %s): %s%n", t, viaScript ? "script" : "jvm",
						trial.seed, trial.killedAfterMs, trial.lastCommand, repo, String.join("; ", problems));
				if (loss > worstLoss) {
					worstLoss = loss;
					worst = "trial " + t;
				}
				freshRepository(); // the damaged one is kept for study
			} else if (t % Math.max(1, trials / 10) == 0) {
				System.out.printf("  %d trials, %d failures, %.0f s%n", t, failures, (System.nanoTime() - start) / 1e9);
			}
		}
		System.out.printf("trials: %d, failures: %d, worst loss: %d reported %s (%s), commands run: %d, %.0f s%n", trials, failures, worstLoss,
				"documents or 档号 missing", worst, commandsRun, (System.nanoTime() - start) / 1e9);
		System.exit(failures == 0 ? 0 : 1);
	}

	void freshRepository() throws IOException {
		repo = work.resolve("repo-" + (++repoNumber));
		reportedIds.clear();
		reportedCodes.clear();
		codeWords.clear();
		Result init = cli("init");
		if (init.exit != 0) {
			throw new IllegalStateException("init failed: " + init.err);
		}
	}

	static final class Trial {
		long seed;
		long killedAfterMs;
		String lastCommand = "(none yet)";
		int commands;
		final List<String> output = Collections.synchronizedList(new ArrayList<>());
	}

	Trial jvmTrial(int t) throws Exception {
		Trial trial = new Trial();
		trial.seed = random.nextLong();
		ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
				"-Djava.io.tmpdir=" + tmp, "-Dstdout.encoding=UTF-8", "-cp", classpath, "CrashHarness", "child", repo.toString(),
				files.toString(), String.valueOf(trial.seed));
		pb.environment().put("TMPDIR", tmp.toString());
		pb.redirectError(work.resolve("child-stderr.log").toFile());
		Process p = pb.start();
		Thread reader = reader(p, trial.output);
		// The kill comes at a random moment once the child is ready (its JVM start is not what is tested).
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!trial.output.contains("#READY") && p.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		long delay = random.nextInt(maxKillMs + 1);
		Thread.sleep(delay);
		trial.killedAfterMs = delay;
		p.destroyForcibly(); // SIGKILL
		p.waitFor();
		reader.join();
		account(trial);
		return trial;
	}

	Trial scriptTrial(int t) throws Exception {
		Trial trial = new Trial();
		trial.seed = random.nextLong();
		Random r = new Random(trial.seed);
		// Several commands, each its own ./officebench process, until the random moment comes: the group is then killed.
		long budget = 1000 + r.nextInt(Math.max(1, maxKillMs * 3));
		long start = System.nanoTime();
		List<String> codes = new ArrayList<>(reportedCodes.keySet());
		while (true) {
			String[] command = nextCommand(r, repo, files, codes);
			List<String> line = new ArrayList<>(List.of("setsid", script.toString()));
			line.addAll(List.of(command));
			trial.output.add("#CMD " + String.join(" ", List.of(command).subList(2, command.length)));
			ProcessBuilder pb = new ProcessBuilder(line);
			pb.environment().put("TMPDIR", tmp.toString());
			pb.environment().put("LANG", "en_US.UTF-8");
			pb.redirectError(ProcessBuilder.Redirect.DISCARD);
			Process p = pb.start();
			Thread reader = reader(p, trial.output);
			long left = budget - (System.nanoTime() - start) / 1_000_000;
			if (!p.waitFor(Math.max(0, left), TimeUnit.MILLISECONDS)) {
				new ProcessBuilder("kill", "-KILL", "--", "-" + p.pid()).start().waitFor();
				p.waitFor();
				reader.join();
				trial.killedAfterMs = (System.nanoTime() - start) / 1_000_000;
				break;
			}
			reader.join();
			trial.output.add("#EXIT " + p.exitValue());
			for (String l : List.copyOf(trial.output)) {
				Matcher m = CODE.matcher(l);
				if (m.find() && l.contains("\"sha256\"")) {
					codes.add(m.group(1));
				}
			}
		}
		account(trial);
		return trial;
	}

	static Thread reader(Process p, List<String> into) {
		Thread t = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = in.readLine()) != null;) {
					into.add(line);
				}
			} catch (IOException e) {
				// the pipe closes with the kill
			}
		});
		t.start();
		return t;
	}

	/** Everything the child printed before it died counts as reported to the user. */
	void account(Trial trial) {
		for (String line : trial.output) {
			if (line.startsWith("#CMD ")) {
				trial.commands++;
				trial.lastCommand = line.substring(5);
			}
			Matcher id = ID.matcher(line);
			if (id.find()) {
				reportedIds.add(id.group(1));
			}
			Matcher code = CODE.matcher(line);
			Matcher sha = SHA.matcher(line);
			if (code.find() && sha.find()) {
				reportedCodes.put(code.group(1), sha.group(1));
				Matcher file = FILE.matcher(line);
				if (file.find()) {
					codeWords.put(code.group(1), file.group(1));
				}
			}
		}
		if (trial.output.isEmpty() || trial.output.get(trial.output.size() - 1).startsWith("#EXIT")) {
			trial.lastCommand += " (between commands)";
		}
	}

	/** The checks after a kill; returns the loss (reported documents and 档号 missing). */
	int check(Trial trial, List<String> problems) throws Exception {
		int loss = 0;
		// 1. Every document reported saved is listed and opens.
		Result list = cli("list", "--json");
		Set<String> listed = new TreeSet<>();
		if (list.exit != 0) {
			problems.add("list exits " + list.exit + ": " + firstLine(list.err));
		}
		for (String line : list.out.split("\n")) {
			Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(line);
			if (m.find()) {
				listed.add(m.group(1));
			}
		}
		for (String id : reportedIds) {
			if (!listed.contains(id)) {
				loss++;
				problems.add("document " + id + " reported saved is not listed");
			}
		}
		List<String> toOpen = new ArrayList<>(listed);
		if (toOpen.size() > 30) {
			Collections.shuffle(toOpen, random);
			toOpen = toOpen.subList(0, 30);
		}
		for (String id : toOpen) {
			Result show = cli("show", id, "--json");
			if (show.exit != 0) {
				problems.add("show " + id + " exits " + show.exit + ": " + firstLine(show.err));
			}
		}
		// 2. Every printed 档号 exists with its file; no 重号, no 漏号.
		Result catalogue = cli("catalogue", "--json");
		if (catalogue.exit != 0 && !reportedCodes.isEmpty()) {
			problems.add("catalogue exits " + catalogue.exit + ": " + firstLine(catalogue.err));
		}
		Map<String, String> onDisk = new HashMap<>();
		Map<String, TreeSet<Integer>> sequences = new TreeMap<>();
		for (String line : catalogue.out.split("\n")) {
			Matcher code = CODE.matcher(line);
			if (!code.find()) {
				continue;
			}
			Matcher sha = SHA.matcher(line);
			String c = code.group(1);
			if (onDisk.containsKey(c)) {
				problems.add("重号: " + c + " twice in the catalogue");
			}
			onDisk.put(c, sha.find() ? sha.group(1) : "");
			Matcher s = SEQUENCE.matcher(c);
			if (s.matches()) {
				sequences.computeIfAbsent(s.group(1), k -> new TreeSet<>()).add(Integer.valueOf(s.group(2)));
			}
		}
		for (Map.Entry<String, String> e : reportedCodes.entrySet()) {
			String found = onDisk.get(e.getKey());
			if (found == null) {
				loss++;
				problems.add("printed 档号 " + e.getKey() + " is not in the catalogue");
			} else if (!found.equals(e.getValue())) {
				loss++;
				problems.add("printed 档号 " + e.getKey() + " now names another file (" + found + ", printed with " + e.getValue() + ")");
			}
		}
		for (Map.Entry<String, TreeSet<Integer>> e : sequences.entrySet()) {
			TreeSet<Integer> numbers = e.getValue();
			if (numbers.first() != 1 || numbers.last() != numbers.size()) {
				List<Integer> gaps = new ArrayList<>();
				for (int i = 1; i < numbers.last() && gaps.size() < 5; i++) {
					if (!numbers.contains(i)) {
						gaps.add(i);
					}
				}
				problems.add("漏号 in " + e.getKey() + ": missing " + gaps);
			}
		}
		// 3. The store matches its digests, and the other checks of 四性检测 pass.
		if (!onDisk.isEmpty()) {
			Result verify = cli("verify", "--json");
			if (verify.exit != 0) {
				problems.add("verify exits " + verify.exit + ": " + firstLine(verify.err.isBlank() ? failing(verify.out) : verify.err));
			}
		}
		// 4. The index is consistent or rebuilt: the last 件 filed is found by its word.
		String lastCode = null;
		for (String c : codeWords.keySet()) {
			if (onDisk.containsKey(c)) {
				lastCode = c;
			}
		}
		if (lastCode != null) {
			Result search = cli("search", "--json", codeWords.get(lastCode));
			if (search.exit != 0) {
				problems.add("search exits " + search.exit + ": " + firstLine(search.err));
			} else if (!search.out.contains("\"archivalCode\":\"" + lastCode + "\"")) {
				problems.add("search " + codeWords.get(lastCode) + " does not find " + lastCode);
			}
		}
		// 5. No stale lock: the next write gets it (and saves a document that must then be there).
		Result write = cli("new", "policy", "--title", "检查 " + word(random), "--json");
		if (write.exit != 0) {
			problems.add("the next write (new policy) exits " + write.exit + ": " + firstLine(write.err));
		} else {
			Matcher id = ID.matcher(write.out.strip());
			if (id.find()) {
				reportedIds.add(id.group(1));
			}
		}
		// 6. No temp file left beside the documents or in the store, no officebench-cli.* folder in TMPDIR.
		try (Stream<Path> all = Files.walk(repo)) {
			all.filter(p -> {
				String n = p.getFileName().toString();
				return n.endsWith(".obtmp") || n.endsWith(".part") || (Files.isRegularFile(p) && p.getParent().getFileName().toString().equals("incoming"));
			}).sorted().limit(5).forEach(p -> problems.add("temp file left: " + repo.relativize(p)));
		}
		try (Stream<Path> left = Files.list(tmp)) {
			left.filter(p -> p.getFileName().toString().startsWith("officebench-cli.")).sorted(Comparator.naturalOrder()).forEach(p -> {
				problems.add("temp folder left: " + p.getFileName());
				deleteQuietly(p);
			});
		}
		return loss;
	}

	static String failing(String verifyJson) {
		for (String line : verifyJson.split("\n")) {
			if (line.contains("\"severity\"") || line.contains("fail") || line.contains("FAIL")) {
				return line;
			}
		}
		return verifyJson;
	}

	static String firstLine(String s) {
		String t = s.strip();
		int nl = t.indexOf('\n');
		String first = nl < 0 ? t : t.substring(0, nl);
		return first.length() > 300 ? first.substring(0, 300) + "…" : first;
	}

	static void deleteQuietly(Path p) {
		try (Stream<Path> all = Files.walk(p)) {
			all.sorted(Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
		} catch (IOException e) {
			// reported already
		}
	}

	record Result(int exit, String out, String err) {
	}

	/** The command line's own code, in this JVM, on the current repository. */
	Result cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] all = new String[args.length + 2];
		all[0] = "--repo";
		all[1] = repo.toString();
		System.arraycopy(args, 0, all, 2, args.length);
		int exit;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			exit = new Cli(o, e, new FileRepositoryService()).run(all);
		} catch (RuntimeException | Error e) {
			return new Result(-1, out.toString(StandardCharsets.UTF_8), "uncaught " + e);
		}
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
