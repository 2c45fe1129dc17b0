import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.officebench.cli.internal.Cli;
import org.officebench.core.internal.FileRepositoryService;

/**
 * Hostile-input battery: generates malformed inputs and feeds each, in a repository of its own, to import, catalogue,
 * reindex, search, verify and opening (show), through the command line's own code ({@link Cli}) in a worker JVM with the
 * command line's heap (-Xmx1g, exit on out of memory), one call at a time under a time limit. Each call is one "try",
 * classified as
 * <ul>
 * <li>accepted: exit 0, nothing below;</li>
 * <li>refused: exit 1 or 2 with a message on stderr (for import: naming the input, whose every name holds its id);</li>
 * <li>crashed: an exception out of the command line, an exit code other than 0/1/2, a non-zero exit without a message,
 * or a Java stack trace in what it printed;</li>
 * <li>hung: over the time limit (the worker is killed and started again);</li>
 * <li>out of memory: the worker died of OutOfMemoryError;</li>
 * <li>leaked: a temp file left (in the repository or java.io.tmpdir), a file descriptor left open on the input or the
 * repository, a file written outside the repository (a zip-slip target, a special file replaced), the content of a file
 * outside the input reaching the repository (XXE, a followed symlink), or a raw control character printed to the
 * terminal;</li>
 * <li>wrong: a printed 档号 or document id that is not on disk afterwards, or a damaged catalogue accepted by verify or
 * import as if it were absent.</li>
 * </ul>
 * Prints one line per failing try (input, command, what happened) and the totals. Run by run.sh:
 *
 * <pre>HostileInputs WORK CLASSPATH [--short] [--tries N] [--seed S] [--timeout SECONDS]</pre>
 */
public class HostileInputs {

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("worker")) {
			worker();
			return;
		}
		new HostileInputs(args).run();
	}

	// ================================================================ worker: runs Cli calls sent on stdin

	static void worker() throws Exception {
		PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		ByteArrayOutputStream stray = new ByteArrayOutputStream();
		PrintStream strayStream = new PrintStream(stray, true, StandardCharsets.UTF_8);
		System.setOut(strayStream);
		System.setErr(strayStream);
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		protocol.println("READY");
		for (String line; (line = in.readLine()) != null;) {
			String[] parts = line.isEmpty() ? new String[0] : line.split(" ");
			String[] args = new String[parts.length];
			for (int i = 0; i < parts.length; i++) {
				args[i] = new String(Base64.getDecoder().decode(parts[i]), StandardCharsets.UTF_8);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			stray.reset();
			String exit;
			long t0 = System.nanoTime();
			try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
				exit = String.valueOf(new Cli(o, e, new FileRepositoryService()).run(args));
			} catch (Throwable t) {
				StringBuilder s = new StringBuilder(t.toString());
				for (StackTraceElement el : t.getStackTrace()) {
					if (s.length() > 1500) {
						break;
					}
					s.append(" at ").append(el);
				}
				exit = "T" + s;
			}
			long ms = (System.nanoTime() - t0) / 1_000_000;
			// Descriptors still open once the command returned (the repository is closed by then).
			StringBuilder fds = new StringBuilder();
			try (Stream<Path> list = Files.list(Path.of("/proc/self/fd"))) {
				for (Path fd : list.toList()) {
					try {
						fds.append(Files.readSymbolicLink(fd)).append('\n');
					} catch (IOException e) {
						// closed meanwhile
					}
				}
			} catch (IOException e) {
				// no /proc: not checked
			}
			protocol.println("R " + b64(exit) + " " + ms + " " + b64(out.toString(StandardCharsets.UTF_8)) + " " + b64(err.toString(StandardCharsets.UTF_8))
					+ " " + b64(stray.toString(StandardCharsets.UTF_8)) + " " + b64(fds.toString()));
		}
	}

	static String b64(String s) {
		return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
	}

	static String unb64(String s) {
		return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
	}

	// ================================================================ harness

	record Outcome(String exit, long ms, String out, String err, String stray, String fds) {
	}

	final Path work;
	final String classpath;
	final Path in;
	final Path tmp;
	boolean shortMode;
	int maxTries = 10_000;
	long seed = 20250101L;
	int timeoutSeconds = 120;
	Random random;
	Process worker;
	BufferedReader fromWorker;
	PrintStream toWorker;
	final Map<String, Integer> totals = new LinkedHashMap<>();
	final List<String> failures = new ArrayList<>();
	int inputNumber;
	Path repo;
	Path secret;
	String secretWord;
	String secretSha;

	static final String[] CATEGORIES = { "tried", "accepted", "refused", "crashed", "hung", "out of memory", "leaked", "wrong" };
	static final Pattern STACK = Pattern.compile("(?m)^\\s*at [A-Za-z_$][\\w$.]*(\\.<init>|\\.<clinit>)?\\([^)]*\\)\\s*$|Exception in thread");
	static final Pattern CODE_LINE = Pattern.compile("^([A-Z0-9]+-[^\\t]+?-\\d{4})\\t");
	static final Pattern CODE_JSON = Pattern.compile("\"archivalCode\":\"([^\"]+)\"");
	static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f\\x9b]");

	HostileInputs(String[] args) {
		work = Path.of(args[0]);
		classpath = args[1];
		for (int i = 2; i < args.length; i++) {
			switch (args[i]) {
			case "--short" -> shortMode = true;
			case "--tries" -> maxTries = Integer.parseInt(args[++i]);
			case "--seed" -> seed = Long.parseLong(args[++i]);
			case "--timeout" -> timeoutSeconds = Integer.parseInt(args[++i]);
			default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		in = work.resolve("in");
		tmp = work.resolve("tmp");
		for (String c : CATEGORIES) {
			totals.put(c, 0);
		}
	}

	void run() throws Exception {
		random = new Random(seed);
		Files.createDirectories(in);
		Files.createDirectories(tmp);
		secret = work.resolve("secret.txt");
		secretWord = "secretleak" + Long.toString(Math.abs(seed), 36).replaceAll("[0-9]", "q");
		Files.writeString(secret, secretWord + "\n");
		secretSha = sha256(Files.readAllBytes(secret));
		System.out.printf("hostile inputs: %s, seed %d, time limit %d s per call%n", shortMode ? "short mode (each kind once)" : "up to " + maxTries + " tries", seed,
				timeoutSeconds);
		startWorker();
		long start = System.nanoTime();
		// The base cases: every kind of hostile input once.
		List<Case> cases = baseCases();
		for (Case c : cases) {
			if (totals.get("tried") >= maxTries) {
				break;
			}
			runCase(c);
		}
		// Then random variants (truncations and bit flips at random places of every format) up to the number of tries.
		if (!shortMode) {
			int variant = 0;
			while (totals.get("tried") < maxTries) {
				runCase(randomVariant(variant++));
			}
		}
		stopWorker();
		StringBuilder line = new StringBuilder();
		for (Map.Entry<String, Integer> e : totals.entrySet()) {
			line.append(line.length() == 0 ? "" : ", ").append(e.getKey()).append(": ").append(e.getValue());
		}
		System.out.printf("%s (%d inputs, %.0f s)%n", line, inputNumber, (System.nanoTime() - start) / 1e9);
		int bad = totals.get("crashed") + totals.get("hung") + totals.get("out of memory") + totals.get("leaked") + totals.get("wrong");
		System.exit(bad == 0 ? 0 : 1);
	}

	// ---------------------------------------------------------------- worker control

	void startWorker() throws IOException, InterruptedException {
		ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
				"-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true", "-cp", classpath, "HostileInputs", "worker");
		pb.environment().put("TMPDIR", tmp.toString());
		pb.redirectError(work.resolve("worker-stderr.log").toFile());
		worker = pb.start();
		fromWorker = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
		toWorker = new PrintStream(worker.getOutputStream(), true, StandardCharsets.UTF_8);
		String ready = fromWorker.readLine();
		if (!"READY".equals(ready)) {
			throw new IllegalStateException("the worker did not start: " + ready + "; see " + work.resolve("worker-stderr.log"));
		}
	}

	void stopWorker() throws InterruptedException {
		toWorker.close();
		if (!worker.waitFor(10, TimeUnit.SECONDS)) {
			worker.destroyForcibly();
		}
	}

	/** One call; null outcome means hung or out of memory (already counted), the worker then restarted. */
	Outcome call(List<String> args) throws Exception {
		StringBuilder line = new StringBuilder();
		for (String a : args) {
			line.append(line.length() == 0 ? "" : " ").append(b64(a));
		}
		toWorker.println(line);
		final String[] answer = new String[1];
		Thread reader = new Thread(() -> {
			try {
				answer[0] = fromWorker.readLine();
			} catch (IOException e) {
				answer[0] = null;
			}
		});
		reader.start();
		reader.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
		if (reader.isAlive()) {
			worker.destroyForcibly();
			worker.waitFor();
			reader.join();
			startWorker();
			return new Outcome("HUNG", timeoutSeconds * 1000L, "", "", "", "");
		}
		if (answer[0] == null) {
			int code = worker.waitFor();
			String log = Files.readString(work.resolve("worker-stderr.log"), StandardCharsets.ISO_8859_1);
			startWorker();
			return new Outcome(code == 3 || log.contains("OutOfMemoryError") ? "OOM" : "DIED " + code, 0, "", "", "", "");
		}
		String[] p = answer[0].split(" ", -1);
		return new Outcome(unb64(p[1]), Long.parseLong(p[2]), unb64(p[3]), unb64(p[4]), unb64(p[5]), unb64(p[6]));
	}

	// ---------------------------------------------------------------- one case: an input and the commands fed with it

	/** A hostile input: made in its folder, then fed to commands; expectations beyond "no crash" are checked by the case. */
	static final class Case {
		final String what;
		Maker maker;
		/** A catalogue document replaced by the damaged XMI: import and verify must then refuse, never file or pass. */
		boolean damagesCatalogue;
		/** Replaces a document of the repository instead of being imported. */
		String replacesKind;
		/** Its own commands instead of the import sequence (options, queries, export targets); "!" first: must not exit 0. */
		List<List<String>> commands;
		/** The repository without the seeded catalogue (so that import creates one). */
		boolean noSeed;

		Case(String what, Maker maker) {
			this.what = what;
			this.maker = maker;
		}
	}

	interface Maker {
		void make(Path folder, String id) throws Exception;
	}

	void runCase(Case c) throws Exception {
		String id = String.format("h%05d", ++inputNumber);
		Path folder = in.resolve(id);
		Files.createDirectories(folder);
		repo = work.resolve("repo");
		deleteTree(repo);
		try {
			c.maker.make(folder, id);
		} catch (Exception | Error e) {
			System.out.printf("NOTE %s %s: could not be made here (%s); not tried%n", id, c.what, e);
			deleteTree(folder);
			return;
		}
		String label = id + " " + c.what;
		Map<String, Long> before = snapshot(in);
		// A fresh repository with one good 件 and its catalogue, as an office has.
		Outcome init = call(List.of("--repo", repo.toString(), "init"));
		Path good = work.resolve("good").resolve("营运部周报.txt");
		Files.createDirectories(good.getParent());
		Files.writeString(good, "营运部周报\n本周巡检门店十二家。\n");
		Outcome seeded = c.noSeed ? init
				: call(List.of("--repo", repo.toString(), "import", "--fonds", "Z109", "--year", "2025", "--retention", "D10", "--org", "YYB", good.toString()));
		if (!"0".equals(init.exit()) || !"0".equals(seeded.exit())) {
			System.out.printf("NOTE %s: the repository could not be prepared (%s / %s); not tried%n", label, init.err(), seeded.err());
			return;
		}
		List<List<String>> commands = new ArrayList<>();
		String catalogueId = documentId("archive");
		if (c.replacesKind != null) {
			String target = c.replacesKind.equals("archive") ? catalogueId : newDocument(c.replacesKind);
			Path file = findDocument(target);
			try (Stream<Path> files = Files.list(folder)) {
				Path damaged = files.findFirst().orElseThrow();
				Files.copy(damaged, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			commands.add(List.of("list", "--json"));
			commands.add(List.of("show", target, "--json"));
		}
		if (c.commands != null) {
			for (List<String> command : c.commands) {
				List<String> resolved = new ArrayList<>();
				for (String a : command) {
					resolved.add(a.replace("@IN", folder.toString()).replace("@ID", id).replace("@CATALOGUE", catalogueId));
				}
				commands.add(resolved);
			}
		} else {
			commands.add(List.of("import", "--fonds", "Z109", "--year", "2025", "--retention", "D10", "--org", "YYB", folder.toString()));
			commands.add(List.of("catalogue", "--json"));
			commands.add(List.of("reindex"));
			commands.add(List.of("search", "--json", "巡检"));
			commands.add(List.of("search", "--json", secretWord));
			commands.add(List.of("verify"));
			commands.add(List.of("show", catalogueId, "--json"));
		}
		List<String> printedCodes = new ArrayList<>();
		for (List<String> given : commands) {
			boolean mustRefuse = given.get(0).equals("!");
			List<String> command = mustRefuse ? given.subList(1, given.size()) : given;
			List<String> args = new ArrayList<>(List.of("--repo", repo.toString()));
			args.addAll(command);
			Outcome o = call(args);
			List<String> problems = new ArrayList<>();
			// An import refused because of a damaged document of the repository names that document, not the input.
			String category = classify(o, command, c.commands == null && c.replacesKind == null ? id : null, problems);
			if (mustRefuse && "0".equals(o.exit())) {
				problems.add("wrong: accepted what must be refused");
			}
			if (!Files.isRegularFile(secret, LinkOption.NOFOLLOW_LINKS) || !Files.readString(secret, StandardCharsets.ISO_8859_1).equals(secretWord + "\n")) {
				problems.add("leaked: a file outside the repository (" + secret + ") was written");
				Files.deleteIfExists(secret);
				Files.writeString(secret, secretWord + "\n");
			}
			// Leaks: descriptors, temp files, writes outside, outside content inside.
			for (String fd : o.fds().split("\n")) {
				if (!fd.isEmpty() && (fd.startsWith(folder.toString()) || (fd.startsWith(repo.toString()) && !fd.startsWith(repo.resolve("index").toString())))) {
					problems.add("leaked: descriptor left open on " + fd);
				}
			}
			leftovers(problems);
			if (!snapshot(in).equals(before)) {
				problems.add("leaked: the input folder was changed");
				before = snapshot(in);
			}
			if (o.out().contains(secretWord) || o.err().contains(secretWord) || Files.exists(storePath(secretSha))) {
				problems.add("leaked: the content of a file outside the input (" + secret.getFileName() + ") reached the repository or the output");
			}
			if (RAW_CONTROL.matcher(o.out()).find() || RAW_CONTROL.matcher(o.err()).find()) {
				problems.add("leaked: a raw control character was printed to the terminal");
			}
			// Wrong answers: a printed 档号 or id not on disk, a damaged catalogue taken as absent.
			if (command.get(0).equals("import") && "0".equals(o.exit())) {
				for (String l : o.out().split("\n")) {
					Matcher m = CODE_LINE.matcher(l);
					if (m.find()) {
						printedCodes.add(m.group(1));
					}
				}
				if (c.damagesCatalogue) {
					problems.add("wrong: import exits 0 into a repository whose catalogue is damaged");
				}
			}
			if (command.get(0).equals("new") && "0".equals(o.exit()) && command.contains("--json")) {
				Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(o.out());
				if (m.find() && !"0".equals(call(List.of("--repo", repo.toString(), "show", m.group(1))).exit())) {
					problems.add("wrong: new printed document " + m.group(1) + " and it does not open");
				} else if (!m.find(0)) {
					problems.add("wrong: new exits 0 without printing the document's id");
				}
			}
			if (command.get(0).equals("catalogue") && "0".equals(o.exit())) {
				for (String code : printedCodes) {
					if (!o.out().contains("\"archivalCode\":\"" + code + "\"")) {
						problems.add("wrong: printed 档号 " + code + " is not in the catalogue");
					}
				}
			}
			if (command.get(0).equals("verify") && "0".equals(o.exit()) && c.damagesCatalogue) {
				problems.add("wrong: verify passes a repository whose catalogue is damaged");
			}
			if (!problems.isEmpty()) {
				for (String p : problems) {
					String cat = p.startsWith("leaked") ? "leaked" : p.startsWith("wrong") ? "wrong" : category;
					if (category.equals("accepted") || category.equals("refused")) {
						category = cat;
					}
				}
			}
			count(category);
			if (!problems.isEmpty()) {
				String line = String.format("FAIL %s | %s | %s (%d ms): %s", label, printable(String.join(" ", command)), category, o.ms(),
						printable(String.join("; ", problems)));
				failures.add(line);
				System.out.println(line);
			}
			if (totals.get("tried") >= maxTries) {
				break;
			}
		}
		// Keep the disk small: inputs and repository go once tried (sparse and bomb files are large).
		makeDeletable(folder);
		deleteTree(folder);
	}

	String classify(Outcome o, List<String> command, String id, List<String> problems) {
		String exit = o.exit();
		if (exit.equals("HUNG")) {
			problems.add("hung: no answer within " + timeoutSeconds + " s");
			return "hung";
		}
		if (exit.equals("OOM")) {
			problems.add("out of memory: the worker died of OutOfMemoryError");
			return "out of memory";
		}
		if (exit.startsWith("DIED")) {
			problems.add("crashed: the JVM died (" + exit + ")");
			return "crashed";
		}
		if (exit.startsWith("T")) {
			problems.add("crashed: uncaught " + exit.substring(1, Math.min(exit.length(), 600)));
			return exit.contains("OutOfMemoryError") ? "out of memory" : "crashed";
		}
		String all = o.out() + o.err() + o.stray();
		if (STACK.matcher(all).find()) {
			Matcher m = STACK.matcher(all);
			m.find();
			int from = Math.max(0, all.lastIndexOf('\n', Math.max(0, all.lastIndexOf('\n', m.start() - 1) - 1)));
			problems.add("crashed: a Java stack trace was printed: " + all.substring(from, Math.min(all.length(), m.end())).strip());
			return "crashed";
		}
		if (!exit.equals("0") && !exit.equals("1") && !exit.equals("2")) {
			problems.add("crashed: exit code " + exit);
			return "crashed";
		}
		// A message on stderr, or a report on stdout (verify prints its findings there and exits 1).
		if (!exit.equals("0") && o.err().isBlank() && o.out().isBlank()) {
			problems.add("crashed: exit " + exit + " without a message");
			return "crashed";
		}
		if (exit.equals("0")) {
			return "accepted";
		}
		if (command.get(0).equals("import") && id != null && !o.err().contains(id)) {
			problems.add("wrong: import refused without naming the input (" + id + "): " + o.err().strip());
			return "wrong";
		}
		return "refused";
	}

	void count(String category) {
		totals.merge("tried", 1, Integer::sum);
		totals.merge(category, 1, Integer::sum);
	}

	/** Temp files left beside the documents, in the store, in java.io.tmpdir; files written outside (zip-slip). */
	void leftovers(List<String> problems) throws IOException {
		if (Files.isDirectory(repo)) {
			try (Stream<Path> all = Files.walk(repo)) {
				all.filter(p -> {
					String n = p.getFileName().toString();
					return n.endsWith(".obtmp") || n.endsWith(".part") || (Files.isRegularFile(p) && p.getParent().getFileName().toString().equals("incoming"));
				}).limit(3).forEach(p -> problems.add("leaked: temp file left " + repo.relativize(p)));
			}
		}
		try (Stream<Path> all = Files.walk(tmp)) {
			all.filter(Files::isRegularFile).limit(3).forEach(p -> {
				problems.add("leaked: temp file left in java.io.tmpdir: " + tmp.relativize(p));
				p.toFile().delete();
			});
		}
		try (Stream<Path> all = Files.list(work)) {
			all.filter(p -> !List.of("in", "tmp", "repo", "good", "classes", "secret.txt", "worker-stderr.log", "base").contains(p.getFileName().toString()))
					.forEach(p -> {
						problems.add("leaked: file written outside the repository: " + p);
						p.toFile().delete();
					});
		}
		for (Path root : List.of(Path.of("/tmp"), in.getParent().getParent())) {
			try (Stream<Path> all = Files.list(root)) {
				all.filter(p -> p.getFileName().toString().startsWith("slip-h")).forEach(p -> {
					problems.add("leaked: zip-slip wrote " + p);
					p.toFile().delete();
				});
			} catch (IOException e) {
				// not listable: not checked
			}
		}
	}

	Path storePath(String sha) {
		return repo.resolve("store").resolve("sha256").resolve(sha.substring(0, 2)).resolve(sha);
	}

	String documentId(String kind) throws Exception {
		Outcome list = call(List.of("--repo", repo.toString(), "list", "--kind", kind, "--json"));
		Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(list.out());
		return m.find() ? m.group(1) : "none";
	}

	String newDocument(String kind) throws Exception {
		Outcome o = call(List.of("--repo", repo.toString(), "new", kind, "--title", "营运部制度", "--json"));
		Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(o.out());
		if (!m.find()) {
			throw new IllegalStateException("new " + kind + " failed: " + o.err());
		}
		return m.group(1);
	}

	Path findDocument(String id) throws IOException {
		try (Stream<Path> all = Files.walk(repo.resolve("documents"))) {
			return all.filter(p -> p.getFileName().toString().startsWith(id + ".")).findFirst()
					.orElseThrow(() -> new IOException("no file for document " + id));
		}
	}

	static Map<String, Long> snapshot(Path folder) throws IOException {
		Map<String, Long> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.toList()) {
				try {
					files.put(p.toString(), Files.isSymbolicLink(p) ? -1L
							: Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.size(p) * 31 + Files.getLastModifiedTime(p).toMillis() : -2L);
				} catch (IOException e) {
					files.put(p.toString(), -3L);
				}
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			// an unreadable folder: compared as it could be listed
		}
		return files;
	}

	static String printable(String s) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			if (ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0)) {
				b.append(String.format("\\x%02x", (int) ch));
			} else {
				b.append(ch);
			}
		}
		String t = b.toString();
		return t.length() > 700 ? t.substring(0, 700) + "…" : t;
	}

	static void makeDeletable(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> p.toFile().setExecutable(true));
		} catch (IOException | java.io.UncheckedIOException e) {
			// best effort
		}
		try {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
		} catch (IOException e) {
			// best effort
		}
	}

	static void deleteTree(Path p) throws IOException, InterruptedException {
		if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		new ProcessBuilder("chmod", "-R", "u+rwx", p.toString()).start().waitFor(10, TimeUnit.SECONDS);
		new ProcessBuilder("rm", "-rf", "--", p.toString()).inheritIO().start().waitFor(60, TimeUnit.SECONDS);
	}

	// ================================================================ the inputs

	static byte[] pdf(String text, boolean encrypted) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.beginText();
				cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				cs.newLineAtOffset(72, 700);
				cs.showText(text);
				cs.endText();
			}
			if (encrypted) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
				policy.setEncryptionKeyLength(128);
				doc.protect(policy);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx(String text) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			doc.createParagraph().createRun().setText(text);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsx(String text) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			book.createSheet("巡检").createRow(0).createCell(0).setCellValue(text);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

	static byte[] encryptedDocx(String text) throws Exception {
		// POI's agile encryption: an OLE2 file holding the encrypted package, as Word writes it with a password.
		org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
		org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
		org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
		enc.confirmPassword("user-secret");
		try (OutputStream os = enc.getDataStream(fs)) {
			os.write(docx(text));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fs.writeFilesystem(out);
		fs.close();
		return out.toByteArray();
	}

	/** Minimal OFD (GB/T 33190): OFD.xml, Document.xml, one page with a text object. Parts may be replaced. */
	static Map<String, byte[]> ofdParts(String text) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("OFD.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\">"
				+ "<ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID><ofd:Title>" + text + "</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
				.getBytes(StandardCharsets.UTF_8));
		parts.put("Doc_0/Document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData><ofd:MaxUnitID>10</ofd:MaxUnitID>"
				+ "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>")
				.getBytes(StandardCharsets.UTF_8));
		parts.put("Doc_0/Pages/Page_0/Content.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"2\">"
				+ "<ofd:TextObject ID=\"3\" Boundary=\"10 10 100 10\" Font=\"4\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\">" + text + "</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>")
				.getBytes(StandardCharsets.UTF_8));
		return parts;
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			for (ZipEntry e; (e = z.getNextEntry()) != null;) {
				parts.put(e.getName(), z.readAllBytes());
			}
		}
		return parts;
	}

	static byte[] zip(Map<String, byte[]> parts) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : parts.entrySet()) {
				z.putNextEntry(new ZipEntry(e.getKey()));
				z.write(e.getValue());
				z.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** Writes a zip whose entry {@code bombName} inflates to {@code size} bytes with about the given compression ratio. */
	static void zipBomb(Path file, Map<String, byte[]> parts, String bombName, String head, String tail, long size, double ratio) throws IOException {
		Random r = new Random(size);
		try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
			z.setLevel(Deflater.BEST_SPEED);
			for (Map.Entry<String, byte[]> e : parts.entrySet()) {
				if (e.getKey().equals(bombName)) {
					continue;
				}
				z.putNextEntry(new ZipEntry(e.getKey()));
				z.write(e.getValue());
				z.closeEntry();
			}
			z.putNextEntry(new ZipEntry(bombName));
			z.write(head.getBytes(StandardCharsets.UTF_8));
			byte[] block = new byte[1 << 16];
			// Letters that repeat, with a share of random ones that sets the ratio (about one random letter costs a byte).
			int randomPerBlock = (int) Math.min(block.length, Math.max(0, ratio * block.length * 1.15));
			long written = 0;
			while (written < size) {
				for (int i = 0; i < block.length; i++) {
					block[i] = (byte) ('A' + (i % 26));
				}
				for (int i = 0; i < randomPerBlock; i++) {
					block[r.nextInt(block.length)] = (byte) ('a' + r.nextInt(26));
				}
				int n = (int) Math.min(block.length, size - written);
				z.write(block, 0, n);
				written += n;
			}
			z.write(tail.getBytes(StandardCharsets.UTF_8));
			z.closeEntry();
		}
	}

	static String sha256(byte[] b) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
	}

	static byte[] truncate(byte[] b, int n) {
		return java.util.Arrays.copyOf(b, Math.max(0, Math.min(b.length, n)));
	}

	static byte[] flip(byte[] b, int bits, Random r) {
		byte[] c = b.clone();
		for (int i = 0; i < bits && c.length > 0; i++) {
			int at = r.nextInt(c.length);
			c[at] ^= (byte) (1 << r.nextInt(8));
		}
		return c;
	}

	Case file(String what, String name, byte[] content) {
		return new Case(what, (folder, id) -> Files.write(folder.resolve(id + "-" + name), content));
	}

	/** Base files of every format, made once: what truncations and bit flips start from. */
	final Map<String, byte[]> base = new LinkedHashMap<>();
	byte[] policyXmi;
	byte[] catalogueXmi;

	void makeBases() throws Exception {
		String text = "Weekly store inspection report";
		base.put("pdf", pdf(text, false));
		base.put("docx", docx("营运部周巡检报告 " + text));
		base.put("xlsx", xlsx("营运部周巡检报告 " + text));
		base.put("ofd", zip(ofdParts("营运部周巡检报告")));
		base.put("txt", "营运部周巡检报告\n本周巡检门店十二家。\n".getBytes(StandardCharsets.UTF_8));
		// XMI of a real policy and a real catalogue, made by the command line itself.
		repo = work.resolve("base");
		call(List.of("--repo", repo.toString(), "init"));
		Path good = work.resolve("good").resolve("营运部周报.txt");
		Files.createDirectories(good.getParent());
		Files.writeString(good, "营运部周报\n本周巡检门店十二家。\n");
		call(List.of("--repo", repo.toString(), "import", "--fonds", "Z109", "--year", "2025", "--retention", "D10", "--org", "YYB", good.toString()));
		policyXmi = Files.readAllBytes(findDocument(newDocument("policy")));
		catalogueXmi = Files.readAllBytes(findDocument(documentId("archive")));
		deleteTree(repo);
	}

	/** {@code unreadable}: the damage surely makes it unreadable (cut well before its end, a newer model), so filing must stop. */
	Case xmi(String what, String kind, byte[] content, boolean unreadable) {
		Case c = new Case(what, (folder, id) -> Files.write(folder.resolve(id + ".xmi"), content));
		c.replacesKind = kind;
		c.damagesCatalogue = unreadable && kind.equals("archive");
		return c;
	}

	static final String BILLION_LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lollollollollollollollollollol\">"
			+ "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
			+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
			+ "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
			+ "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
			+ "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

	/** Puts a DOCTYPE before the root element of an XML part and a reference to its entity in the first text. */
	static byte[] withDoctype(byte[] xml, String doctype, String reference) {
		String s = new String(xml, StandardCharsets.UTF_8);
		int decl = s.startsWith("<?xml") ? s.indexOf("?>") + 2 : 0;
		String out = s.substring(0, decl) + doctype + s.substring(decl);
		// The reference goes into the first element content that is text, or as the root's first child.
		Matcher m = Pattern.compile(">([^<>]+)<").matcher(out);
		int at = out.indexOf('>', out.indexOf('<', decl + doctype.length()) + 1) + 1;
		if (m.find(decl + doctype.length())) {
			at = m.start(1);
		}
		return (out.substring(0, at) + reference + out.substring(at)).getBytes(StandardCharsets.UTF_8);
	}

	List<Case> baseCases() throws Exception {
		makeBases();
		List<Case> cases = new ArrayList<>();
		Random r = new Random(seed);
		// Truncated and bit-flipped files of every format.
		for (Map.Entry<String, byte[]> b : base.entrySet()) {
			byte[] bytes = b.getValue();
			for (int cut : new int[] { 1, bytes.length / 10, bytes.length / 2, bytes.length - 1 }) {
				cases.add(file("truncated " + b.getKey() + " at " + cut + " of " + bytes.length, "cut." + b.getKey(), truncate(bytes, cut)));
			}
			for (int bits : new int[] { 1, 16, 256 }) {
				cases.add(file(bits + " bits flipped in a " + b.getKey(), "flip." + b.getKey(), flip(bytes, bits, r)));
			}
		}
		for (String kind : new String[] { "policy", "archive" }) {
			byte[] bytes = kind.equals("policy") ? policyXmi : catalogueXmi;
			for (int cut : new int[] { 0, 1, bytes.length / 2, bytes.length - 1 }) {
				cases.add(xmi("a " + kind + " XMI cut at " + cut + " of " + bytes.length, kind, truncate(bytes, cut), cut < bytes.length - 64));
			}
			for (int bits : new int[] { 1, 16 }) {
				cases.add(xmi(bits + " bits flipped in a " + kind + " XMI", kind, flip(bytes, bits, r), false));
			}
			cases.add(xmi("a " + kind + " XMI with an XXE", kind, withDoctype(bytes, "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>", "&xxe;"), false));
			cases.add(xmi("a " + kind + " XMI with billion laughs", kind, withDoctype(bytes, BILLION_LAUGHS, "&lol9;"), false));
			String s = new String(bytes, StandardCharsets.UTF_8);
			cases.add(xmi("a " + kind + " XMI of model version 99", kind, s.replaceFirst("modelVersion=\"\\d+\"", "modelVersion=\"99\"").getBytes(StandardCharsets.UTF_8), s.contains("modelVersion=")));
			int deep = s.lastIndexOf("</");
			String nested = "<x>".repeat(100_000) + "</x>".repeat(100_000);
			if (deep < 0) { // a root element without children: <root .../>
				Matcher root = Pattern.compile("<([\\w:.]+)[\\s>/]").matcher(s.substring(s.indexOf("?>") + 2));
				root.find();
				int close = s.lastIndexOf("/>");
				nested = ">" + nested + "</" + root.group(1) + ">";
				s = s.substring(0, close) + nested + s.substring(close + 2);
			} else {
				s = s.substring(0, deep) + nested + s.substring(deep);
			}
			cases.add(xmi("a " + kind + " XMI nested 100,000 deep", kind, s.getBytes(StandardCharsets.UTF_8), false));
		}
		// Encrypted.
		cases.add(file("an encrypted PDF (user password)", "secret.pdf", pdf("secret", true)));
		cases.add(file("an encrypted DOCX (agile encryption)", "secret.docx", encryptedDocx("secret")));
		// Encodings, with and without BOM.
		String chinese = "营运部周巡检报告,本周巡检门店十二家,发现问题三项。\n";
		byte[] bom = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };
		cases.add(file("GBK text", "gbk.txt", chinese.getBytes(Charset.forName("GBK"))));
		cases.add(file("GBK text behind a UTF-8 BOM", "gbkbom.txt", concat(bom, chinese.getBytes(Charset.forName("GBK")))));
		cases.add(file("Big5 text", "big5.txt", "營運部週巡檢報告,本週巡檢門店十二家。\n".getBytes(Charset.forName("Big5"))));
		cases.add(file("UTF-16LE with BOM", "u16bom.txt", concat(new byte[] { (byte) 0xff, (byte) 0xfe }, chinese.getBytes(StandardCharsets.UTF_16LE))));
		cases.add(file("UTF-16LE without BOM", "u16.txt", chinese.getBytes(StandardCharsets.UTF_16LE)));
		cases.add(file("UTF-16BE with a UTF-8 BOM", "u16bebom.txt", concat(bom, chinese.getBytes(StandardCharsets.UTF_16BE))));
		cases.add(file("invalid UTF-8 bytes", "bad.txt", new byte[] { (byte) 0xc3, 0x28, (byte) 0xa0, (byte) 0xa1, (byte) 0xe2, 0x28, (byte) 0xa1, (byte) 0xff, '\n' }));
		cases.add(file("binary noise named .txt", "noise.txt", flip(new byte[4096], 20000, r)));
		cases.add(file("a PDF named .docx", "pdf.docx", base.get("pdf")));
		cases.add(file("a DOCX named .pdf", "docx.pdf", base.get("docx")));
		// Empty and sparse.
		for (String ext : new String[] { "txt", "pdf", "docx", "xlsx", "ofd" }) {
			cases.add(file("0-byte ." + ext, "empty." + ext, new byte[0]));
		}
		for (String ext : new String[] { "pdf", "txt", "docx" }) {
			cases.add(new Case("sparse 3 GB ." + ext, (folder, id) -> {
				try (RandomAccessFile f = new RandomAccessFile(folder.resolve(id + "-sparse." + ext).toFile(), "rw")) {
					f.setLength(3L << 30);
				}
			}));
		}
		// XML parts: deep, XXE and billion laughs in every part of DOCX, XLSX and OFD.
		Map<String, Map<String, byte[]>> zips = new LinkedHashMap<>();
		zips.put("docx", unzip(base.get("docx")));
		zips.put("xlsx", unzip(base.get("xlsx")));
		zips.put("ofd", ofdParts("营运部周巡检报告"));
		for (Map.Entry<String, Map<String, byte[]>> z : zips.entrySet()) {
			for (String part : z.getValue().keySet()) {
				if (!part.endsWith(".xml") && !part.endsWith(".rels")) {
					continue;
				}
				String ext = z.getKey();
				cases.add(zipCase("XXE (a file) in " + part + " of a " + ext, ext, z.getValue(), part,
						x -> withDoctype(x, "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>", "&xxe;")));
				cases.add(zipCase("XXE (external DTD) in " + part + " of a " + ext, ext, z.getValue(), part,
						x -> withDoctype(x, "<!DOCTYPE x SYSTEM \"file://" + secret + "\">", "")));
				cases.add(zipCase("billion laughs in " + part + " of a " + ext, ext, z.getValue(), part, x -> withDoctype(x, BILLION_LAUGHS, "&lol9;")));
			}
			String main = switch (z.getKey()) {
			case "docx" -> "word/document.xml";
			case "xlsx" -> "xl/worksheets/sheet1.xml";
			default -> "Doc_0/Pages/Page_0/Content.xml";
			};
			cases.add(zipCase("XML nested 200,000 deep in " + main + " of a " + z.getKey(), z.getKey(), z.getValue(), main, x -> {
				String s = new String(x, StandardCharsets.UTF_8);
				int end = s.lastIndexOf("</");
				return (s.substring(0, end) + "<a>".repeat(200_000) + "</a>".repeat(200_000) + s.substring(end)).getBytes(StandardCharsets.UTF_8);
			}));
			// Zip-slip entries beside the real parts.
			Map<String, byte[]> slip = new LinkedHashMap<>(z.getValue());
			cases.add(new Case("zip-slip entries in a " + z.getKey(), (folder, id) -> {
				slip.put("../../../../../../slip-" + id + ".txt", "slip".getBytes(StandardCharsets.UTF_8));
				slip.put("/tmp/slip-" + id + "-abs.txt", "slip".getBytes(StandardCharsets.UTF_8));
				Files.write(folder.resolve(id + "-slip." + z.getKey()), zip(slip));
			}));
		}
		// Zip bombs at several ratios and inflated sizes; the last one filed three times (reindex kept all three).
		long mb = 1 << 20;
		long[][] bombs = shortMode ? new long[][] { { 200 * mb, 1 }, { 1024 * mb, 12 } }
				: new long[][] { { 100 * mb, 1 }, { 1024 * mb, 1 }, { 300 * mb, 20 }, { 1024 * mb, 12 }, { 2048 * mb, 15 } };
		for (long[] bomb : bombs) {
			String size = bomb[0] / mb + " MB";
			double ratio = bomb[1] / 1000.0;
			cases.add(new Case("a DOCX whose document.xml inflates to " + size + " (ratio " + ratio + ")", (folder, id) -> zipBomb(folder.resolve(id + "-bomb.docx"),
					zips.get("docx"), "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
							+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>",
					"</w:t></w:r></w:p></w:body></w:document>", bomb[0], ratio)));
		}
		cases.add(new Case("three DOCX whose document.xml inflates to 1024 MB (ratio 0.012)", (folder, id) -> {
			Path first = folder.resolve(id + "-bomb1.docx");
			zipBomb(first, zips.get("docx"), "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>", "</w:t></w:r></w:p></w:body></w:document>",
					1024 * mb, 0.012);
			Files.copy(first, folder.resolve(id + "-bomb2.docx"));
			Files.copy(first, folder.resolve(id + "-bomb3.docx"));
		}));
		cases.add(new Case("an XLSX whose sharedStrings inflate to " + (shortMode ? 300 : 1024) + " MB (ratio 0.012)", (folder, id) -> zipBomb(folder.resolve(id + "-bomb.xlsx"),
				zips.get("xlsx"), "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>",
				"</t></si></sst>", (shortMode ? 300 : 1024) * mb, 0.012)));
		cases.add(new Case("an OFD whose page content inflates to " + (shortMode ? 300 : 1024) + " MB (ratio 0.012)", (folder, id) -> zipBomb(folder.resolve(id + "-bomb.ofd"),
				zips.get("ofd"), "Doc_0/Pages/Page_0/Content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"2\"><ofd:TextObject ID=\"3\" Boundary=\"0 0 1 1\" Font=\"4\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\">",
				"</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>", (shortMode ? 300 : 1024) * mb, 0.012)));
		// Names: control characters, newlines, escape sequences, invalid UTF-8, very long, a dash.
		String[][] names = { { "a bell", "bell\u0007x.txt" }, { "a newline", "two\nlines.txt" }, { "a carriage return", "cr\rx.txt" },
				{ "a terminal escape sequence", "esc\u001b[31mred\u001b[0m.txt" }, { "a tab", "tab\tx.txt" }, { "DEL", "del\u007fx.txt" },
				{ "a C1 control (CSI)", "csi\u009bx.txt" }, { "a bidi override", "rlo\u202etxt.exe" }, { "only spaces", "   .txt" },
				{ "a leading dash", "-rf.txt" }, { "a 250-byte name", "营".repeat(80) + ".txt" }, { "a zero-width joiner", "zw\u200dj.txt" } };
		for (String[] n : names) {
			cases.add(file("a name with " + n[0], n[1], base.get("txt")));
		}
		cases.add(new Case("a name with invalid UTF-8 bytes", (folder, id) -> shell("printf 'x\\n' > \"$1\"/" + id + "-$'\\xff\\xfe\\xc3'.txt", folder)));
		cases.add(new Case("a folder name with a newline and a file in it", (folder, id) -> {
			Path sub = Files.createDirectories(folder.resolve(id + "-dir\nname"));
			Files.write(sub.resolve(id + "-in.txt"), base.get("txt"));
		}));
		// Links and special files inside the imported folder.
		cases.add(new Case("a symlink to a file outside", (folder, id) -> {
			Files.write(folder.resolve(id + "-ok.txt"), base.get("txt"));
			Files.createSymbolicLink(folder.resolve(id + "-link.txt"), secret);
		}));
		cases.add(new Case("a symlink to /etc/passwd", (folder, id) -> Files.createSymbolicLink(folder.resolve(id + "-passwd.txt"), Path.of("/etc/passwd"))));
		cases.add(new Case("a symlink to /dev/zero", (folder, id) -> Files.createSymbolicLink(folder.resolve(id + "-zero.txt"), Path.of("/dev/zero"))));
		cases.add(new Case("a symlink loop to its own folder", (folder, id) -> Files.createSymbolicLink(folder.resolve(id + "-loop"), folder)));
		cases.add(new Case("a dangling symlink", (folder, id) -> Files.createSymbolicLink(folder.resolve(id + "-dangling.txt"), folder.resolve("nowhere"))));
		cases.add(new Case("a FIFO", (folder, id) -> shell("mkfifo \"$1\"/" + id + "-fifo.txt", folder)));
		cases.add(new Case("an unreadable file (mode 000; readable anyway when run as root)", (folder, id) -> {
			Path f = Files.write(folder.resolve(id + "-locked.txt"), base.get("txt"));
			Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
		}));
		cases.add(new Case("an unreadable subfolder (mode 000; readable anyway when run as root)", (folder, id) -> {
			Files.write(folder.resolve(id + "-ok.txt"), base.get("txt"));
			Path sub = Files.createDirectories(folder.resolve(id + "-locked"));
			Files.write(sub.resolve(id + "-inside.txt"), base.get("txt"));
			Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("---------"));
		}));
		cases.add(new Case("35 files of which one has a bell in its name", (folder, id) -> {
			for (int i = 0; i < 35; i++) {
				Files.writeString(folder.resolve(id + "-" + i + (i == 17 ? "\u0007" : "") + ".txt"), "营运部第" + i + "号记录\n");
			}
		}));
		// Hostile options and queries.
		cases.add(commands("titles with control characters, newlines, escapes and 10,000 characters",
				List.of("new", "policy", "--title", "a\u0007b", "--json"), List.of("new", "minutes", "--title", "line\nbreak", "--json"),
				List.of("new", "flowchart", "--title", "\u001b[2J\u001b[31mred", "--json"), List.of("new", "policy", "--title", "营".repeat(10_000), "--json"),
				List.of("new", "policy", "--title", "", "--json"), List.of("new", "policy", "--title", "ok", "--number", "x\u0007y", "--json"), List.of("list"),
				List.of("verify")));
		cases.add(commands("import options that must be refused before anything is written (the catalogue made by the first import)",
				List.of("!", "import", "--fonds", "Z110", "--org", "../X", "--year", "2025", "@IN"), List.of("!", "import", "--fonds", "../../etc", "@IN"),
				List.of("!", "import", "--fonds", "Z110", "--year", "99999", "@IN"), List.of("!", "import", "--fonds", "Z110", "--year", "-1", "@IN"),
				List.of("!", "import", "--fonds", "Z110", "--retention", "X", "@IN"), List.of("!", "import", "--fonds", "Z110", "--org", "a\u0007b", "@IN"),
				List.of("import", "--fonds", "Z110", "--org", "YYB", "--year", "2025", "--retention", "D10", "@IN"), List.of("catalogue", "--json"),
				List.of("verify")));
		cases.get(cases.size() - 1).maker = (folder, id) -> Files.write(folder.resolve(id + "-ok.txt"), base.get("txt"));
		cases.get(cases.size() - 1).noSeed = true;
		cases.add(commands("hostile ids and queries", List.of("show", "../../repository.properties"), List.of("show", "/etc/passwd"),
				List.of("show", "\u0007"), List.of("search", "\"unterminated"), List.of("search", "(((((((("), List.of("search", "*"),
				List.of("search", "a".repeat(100_000)), List.of("search", "AND OR NOT"), List.of("search", "\u0007\u001b[2J"), List.of("search", "--limit", "-5", "x"),
				List.of("search", "--limit", "99999999999", "x"), List.of("lend", "Z109-NOPE", "--to", "x", "--purpose", "y", "--due", "2030-02-30"),
				List.of("return", "\n")));
		cases.add(commands("export targets that are special files", List.of("export", "catalogue", "--format", "pdf", "--out", "@IN/@ID-fifo.pdf"),
				List.of("export", "catalogue", "--format", "xlsx", "--out", "@IN/@ID-link.xlsx"), List.of("export", "labels", "--out", "@IN/@ID-dir"),
				List.of("export", "catalogue", "--format", "pdf", "--out", "@IN/@ID-null.pdf"), List.of("verify", "--out", "@IN/@ID-link.xlsx")));
		cases.get(cases.size() - 1).maker = (folder, id) -> {
			shell("mkfifo \"$1\"/" + id + "-fifo.pdf", folder);
			Files.createSymbolicLink(folder.resolve(id + "-link.xlsx"), secret);
			Files.createSymbolicLink(folder.resolve(id + "-null.pdf"), Path.of("/dev/null"));
			Files.createDirectories(folder.resolve(id + "-dir"));
		};
		return cases;
	}

	@SafeVarargs
	final Case commands(String what, List<String>... commands) {
		Case c = new Case(what, (folder, id) -> {
		});
		c.commands = List.of(commands);
		return c;
	}

	Case zipCase(String what, String ext, Map<String, byte[]> parts, String part, java.util.function.UnaryOperator<byte[]> change) {
		return new Case(what, (folder, id) -> {
			Map<String, byte[]> p = new LinkedHashMap<>(parts);
			p.put(part, change.apply(p.get(part)));
			Files.write(folder.resolve(id + "-xml." + ext), zip(p));
		});
	}

	Case randomVariant(int n) {
		Random r = new Random(seed * 31 + n);
		List<String> kinds = new ArrayList<>(base.keySet());
		kinds.add("policy.xmi");
		kinds.add("archive.xmi");
		String kind = kinds.get(r.nextInt(kinds.size()));
		boolean isXmi = kind.endsWith(".xmi");
		byte[] bytes = isXmi ? (kind.startsWith("policy") ? policyXmi : catalogueXmi) : base.get(kind);
		byte[] changed;
		String what;
		if (r.nextBoolean()) {
			int cut = r.nextInt(bytes.length);
			changed = truncate(bytes, cut);
			what = "random: " + kind + " cut at " + cut + " of " + bytes.length;
		} else {
			int bits = 1 + r.nextInt(64);
			changed = flip(bytes, bits, r);
			what = "random: " + bits + " bits flipped in a " + kind + " (seed " + (seed * 31 + n) + ")";
		}
		return isXmi ? xmi(what, kind.substring(0, kind.indexOf('.')), changed, changed.length < bytes.length - 64) : file(what, "random." + kind, changed);
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, c, a.length, b.length);
		return c;
	}

	static void shell(String script, Path folder) throws Exception {
		Process p = new ProcessBuilder("bash", "-c", script, "bash", folder.toString()).inheritIO().start();
		if (p.waitFor() != 0) {
			throw new IOException("bash failed: " + script);
		}
	}

}
