package org.officebench.core.archive;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.RetentionPeriod;

/**
 * The pattern of the 档号 of one 全宗, e.g. {@code {fonds}-{category}·{year}-{retention}-{org}-{item}}.
 * <p>
 * Placeholders: {@code {fonds}} 全宗号, {@code {category}} 门类代码 (WS for 文书), {@code {year}} 年度 (four digits),
 * {@code {retention}} 保管期限 (Y, D30, D10), {@code {org}} 机构(问题)代码, {@code {item}} 件号 (four digits, zero padded)
 * or {@code {item:N}} (N digits). Any other text is written as it stands.
 * <p>
 * A pattern is accepted only when its codes are unique and can be read back: it holds every part of the class and
 * the item number ({@code {fonds} {year} {retention} {org} {item}}), each once, and between two placeholders there is
 * a separator with at least one character that is neither a letter nor a digit. Codes are made of letters and digits,
 * so such a separator marks where one part ends, and {@link #parse} gives back exactly what {@link #format} wrote.
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class ArchivalCodeTemplate {

	/** DA/T 22-2015: {@code Z109-WS·2011-Y-BGS-0001}. */
	public static final String DA_T_22_2015 = "{fonds}-{category}·{year}-{retention}-{org}-{item}"; //$NON-NLS-1$
	/** DA/T 13-2022, class codes joined by '·': {@code Z109-WS·2011·Y·BGS-0001}. */
	public static final String DA_T_13_2022 = "{fonds}-{category}·{year}·{retention}·{org}-{item}"; //$NON-NLS-1$
	/** 门类代码 of 文书 (documents), used when none is given. */
	public static final String DEFAULT_CATEGORY = "WS"; //$NON-NLS-1$
	/** Digits of {@code {item}} without {@code :N}. */
	public static final int DEFAULT_ITEM_DIGITS = 4;

	/** The placeholders a pattern may hold. */
	public enum Placeholder {
		FONDS("fonds"), CATEGORY("category"), YEAR("year"), RETENTION("retention"), ORG("org"), ITEM("item"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

		private final String name;

		Placeholder(String name) {
			this.name = name;
		}

		/** As written in a pattern, e.g. {@code {org}}. */
		public String token() {
			return '{' + name + '}';
		}

		static Placeholder named(String name) {
			for (Placeholder placeholder : values()) {
				if (placeholder.name.equals(name)) {
					return placeholder;
				}
			}
			return null;
		}
	}

	/** The placeholders a pattern must hold so that no two items get the same code. */
	public static final Set<Placeholder> REQUIRED = Set.copyOf(EnumSet.of(Placeholder.FONDS, Placeholder.YEAR,
			Placeholder.RETENTION, Placeholder.ORG, Placeholder.ITEM));

	/** What is wrong with a pattern. */
	public enum ProblemKind {
		EMPTY, UNBALANCED_BRACES, UNKNOWN_PLACEHOLDER, BAD_DIGITS, DUPLICATE_PLACEHOLDER,
		/** {@code {item}} is missing. */
		MISSING_ITEM,
		/** A part of the class is missing: codes of different classes would collide. */
		NOT_UNIQUE,
		/** Two placeholders are not separated by a non-alphanumeric character: codes cannot be parsed back. */
		AMBIGUOUS
	}

	/**
	 * A problem of a pattern.
	 *
	 * @param position index in the pattern (0-based), or -1 when it concerns the pattern as a whole
	 * @param message  for the user, in the current language
	 */
	public record Problem(ProblemKind kind, int position, String message) {
		@Override
		public String toString() {
			return message;
		}
	}

	/**
	 * The parts of one 档号.
	 *
	 * @param category 门类代码; {@code null} when formatting means {@link #DEFAULT_CATEGORY}; {@link #parse} gives
	 *                 {@code null} when the pattern has no {@code {category}}
	 * @param item     件号, 1 or more
	 */
	public record Parts(String fonds, String category, int year, RetentionPeriod retention, String org, int item) {

		/** The parts of item {@code item} of a class, with the default category WS. */
		public static Parts of(ArchiveClass archiveClass, int item) {
			return new Parts(archiveClass.fonds(), DEFAULT_CATEGORY, archiveClass.year(), archiveClass.retention(),
					archiveClass.org(), item);
		}

		public ArchiveClass archiveClass() {
			return new ArchiveClass(fonds, year, retention, org);
		}
	}

	private sealed interface Token permits Literal, Field {
	}

	private record Literal(String text, int position) implements Token {
	}

	private record Field(Placeholder placeholder, int digits, int position, String written) implements Token {
	}

	private static final String CODE_REGEX = "([\\p{L}\\p{Nd}]+)"; //$NON-NLS-1$

	private final String pattern;
	private final List<Token> tokens;
	private final Pattern regex;
	private final List<Placeholder> groups;

	private ArchivalCodeTemplate(String pattern, List<Token> tokens) {
		this.pattern = pattern;
		this.tokens = List.copyOf(tokens);
		List<Placeholder> order = new ArrayList<>();
		StringBuilder builder = new StringBuilder();
		for (Token token : tokens) {
			if (token instanceof Literal literal) {
				builder.append(Pattern.quote(literal.text()));
			} else if (token instanceof Field field) {
				order.add(field.placeholder());
				builder.append(switch (field.placeholder()) {
				case FONDS, CATEGORY, ORG -> CODE_REGEX;
				case YEAR -> "(\\d{4})"; //$NON-NLS-1$
				case RETENTION -> RetentionPeriod.VALUES.stream().map(r -> Pattern.quote(r.getLiteral()))
						.collect(Collectors.joining("|", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				case ITEM -> "(\\d{" + field.digits() + ",})"; //$NON-NLS-1$ //$NON-NLS-2$
				});
			}
		}
		this.regex = Pattern.compile(builder.toString());
		this.groups = List.copyOf(order);
	}

	/**
	 * The template of a pattern.
	 *
	 * @throws IllegalArgumentException with the problems as its message when {@link #validate} finds any
	 */
	public static ArchivalCodeTemplate of(String pattern) {
		List<Problem> problems = new ArrayList<>();
		List<Token> tokens = tokenize(pattern, problems);
		checkStructure(tokens, problems);
		if (!problems.isEmpty()) {
			String all = problems.stream().map(Problem::message).collect(Collectors.joining(" ")); //$NON-NLS-1$
			throw new IllegalArgumentException(NLS.bind(Messages.Template_invalid, pattern, all));
		}
		return new ArchivalCodeTemplate(pattern, tokens);
	}

	/** The template of a catalogue's {@code archivalCodePattern}, or of DA/T 22-2015 when it has none. */
	public static ArchivalCodeTemplate of(ArchiveCatalogue catalogue) {
		String pattern = catalogue.getArchivalCodePattern();
		return of(pattern == null || pattern.isBlank() ? DA_T_22_2015 : pattern);
	}

	/** What is wrong with a pattern; empty when it can be used. */
	public static List<Problem> validate(String pattern) {
		List<Problem> problems = new ArrayList<>();
		List<Token> tokens = tokenize(pattern, problems);
		checkStructure(tokens, problems);
		return List.copyOf(problems);
	}

	public String pattern() {
		return pattern;
	}

	/** Digits of the 件号 (at least; larger numbers get more). */
	public int itemDigits() {
		return tokens.stream().filter(t -> t instanceof Field f && f.placeholder() == Placeholder.ITEM)
				.mapToInt(t -> ((Field) t).digits()).findFirst().orElse(DEFAULT_ITEM_DIGITS);
	}

	/** Whether the pattern writes the category code (otherwise it is literal text or absent). */
	public boolean hasCategory() {
		return groups.contains(Placeholder.CATEGORY);
	}

	/**
	 * The 档号 of the parts.
	 *
	 * @throws IllegalArgumentException (with a message for the user) when a part cannot be written: codes that are not
	 *                                  letters and digits only, a year without four digits, an item number below 1
	 */
	public String format(Parts parts) {
		Objects.requireNonNull(parts.retention(), "retention"); //$NON-NLS-1$
		StringBuilder code = new StringBuilder();
		for (Token token : tokens) {
			if (token instanceof Literal literal) {
				code.append(literal.text());
			} else if (token instanceof Field field) {
				code.append(switch (field.placeholder()) {
				case FONDS -> checkedCode(Messages.Part_fonds, parts.fonds());
				case CATEGORY -> checkedCode(Messages.Part_category,
						parts.category() == null ? DEFAULT_CATEGORY : parts.category());
				case ORG -> checkedCode(Messages.Part_org, parts.org());
				case YEAR -> checkedYear(parts.year());
				case RETENTION -> parts.retention().getLiteral();
				case ITEM -> checkedItem(parts.item(), field.digits());
				});
			}
		}
		return code.toString();
	}

	/** The 档号 of item {@code item} of a class, with category WS. */
	public String format(ArchiveClass archiveClass, int item) {
		return format(Parts.of(archiveClass, item));
	}

	/**
	 * The parts of a 档号 written by this template, or empty when the code is not well-formed: it does not match the
	 * pattern, or it differs from what {@link #format} writes for its parts (e.g. {@code 00001} for a four-digit
	 * item number).
	 */
	public Optional<Parts> tryParse(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Matcher matcher = regex.matcher(code);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String fonds = null;
		String category = null;
		String org = null;
		int year = 0;
		int item = 0;
		RetentionPeriod retention = null;
		try {
			for (int i = 0; i < groups.size(); i++) {
				String value = matcher.group(i + 1);
				switch (groups.get(i)) {
				case FONDS -> fonds = value;
				case CATEGORY -> category = value;
				case ORG -> org = value;
				case YEAR -> year = Integer.parseInt(value);
				case RETENTION -> retention = RetentionPeriod.get(value);
				case ITEM -> item = Integer.parseInt(value);
				}
			}
		} catch (NumberFormatException e) {
			return Optional.empty(); // an item number beyond int
		}
		Parts parts = new Parts(fonds, category, year, retention, org, item);
		try {
			if (!format(parts).equals(code)) {
				return Optional.empty();
			}
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		return Optional.of(parts);
	}

	/**
	 * The parts of a 档号 written by this template.
	 *
	 * @throws IllegalArgumentException with a message for the user when the code is not well-formed
	 * @see #tryParse(String)
	 */
	public Parts parse(String code) {
		return tryParse(code).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Template_notACode, code, pattern)));
	}

	/** Whether a 档号 is well-formed for this template (the 真实性 check of DA/T 70). */
	public boolean isWellFormed(String code) {
		return tryParse(code).isPresent();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ArchivalCodeTemplate template && template.pattern.equals(pattern);
	}

	@Override
	public int hashCode() {
		return pattern.hashCode();
	}

	@Override
	public String toString() {
		return pattern;
	}

	private static String checkedCode(String what, String value) {
		if (!ArchiveClass.isCode(value)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Template_badCode, what, value));
		}
		return value;
	}

	private static String checkedYear(int year) {
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException(NLS.bind(Messages.Template_badYear, Integer.toString(year)));
		}
		return Integer.toString(year);
	}

	private static String checkedItem(int item, int digits) {
		if (item < 1) {
			throw new IllegalArgumentException(NLS.bind(Messages.Template_badItem, Integer.toString(item)));
		}
		String number = Integer.toString(item);
		return number.length() >= digits ? number : "0".repeat(digits - number.length()) + number; //$NON-NLS-1$
	}

	private static List<Token> tokenize(String pattern, List<Problem> problems) {
		List<Token> tokens = new ArrayList<>();
		if (pattern == null || pattern.isEmpty()) {
			problems.add(new Problem(ProblemKind.EMPTY, -1, Messages.Template_empty));
			return tokens;
		}
		StringBuilder literal = new StringBuilder();
		int literalStart = 0;
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c == '}') {
				problems.add(new Problem(ProblemKind.UNBALANCED_BRACES, i,
						NLS.bind(Messages.Template_unopenedBrace, Integer.toString(i + 1))));
				i++;
				continue;
			}
			if (c != '{') {
				if (literal.isEmpty()) {
					literalStart = i;
				}
				literal.append(c);
				i++;
				continue;
			}
			int close = pattern.indexOf('}', i + 1);
			int nextOpen = pattern.indexOf('{', i + 1);
			if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
				problems.add(new Problem(ProblemKind.UNBALANCED_BRACES, i,
						NLS.bind(Messages.Template_unclosedBrace, Integer.toString(i + 1))));
				i++;
				continue;
			}
			if (!literal.isEmpty()) {
				tokens.add(new Literal(literal.toString(), literalStart));
				literal.setLength(0);
			}
			String written = pattern.substring(i, close + 1);
			String inside = pattern.substring(i + 1, close);
			int colon = inside.indexOf(':');
			String name = colon < 0 ? inside : inside.substring(0, colon);
			Placeholder placeholder = Placeholder.named(name);
			if (placeholder == null || (colon >= 0 && placeholder != Placeholder.ITEM)) {
				String known = List.of(Placeholder.values()).stream().map(Placeholder::token)
						.collect(Collectors.joining(" ")) + " {item:N}"; //$NON-NLS-1$ //$NON-NLS-2$
				problems.add(new Problem(ProblemKind.UNKNOWN_PLACEHOLDER, i,
						NLS.bind(Messages.Template_unknownPlaceholder, new Object[] { written, Integer.toString(i + 1), known })));
			} else {
				int digits = DEFAULT_ITEM_DIGITS;
				if (colon >= 0) {
					String count = inside.substring(colon + 1);
					if (count.matches("[1-9]")) { //$NON-NLS-1$
						digits = count.charAt(0) - '0';
					} else {
						problems.add(new Problem(ProblemKind.BAD_DIGITS, i,
								NLS.bind(Messages.Template_badDigits, written, Integer.toString(i + 1))));
					}
				}
				tokens.add(new Field(placeholder, digits, i, written));
			}
			i = close + 1;
		}
		if (!literal.isEmpty()) {
			tokens.add(new Literal(literal.toString(), literalStart));
		}
		return tokens;
	}

	private static void checkStructure(List<Token> tokens, List<Problem> problems) {
		if (tokens.isEmpty()) {
			return;
		}
		EnumSet<Placeholder> seen = EnumSet.noneOf(Placeholder.class);
		for (Token token : tokens) {
			if (token instanceof Field field && !seen.add(field.placeholder())) {
				problems.add(new Problem(ProblemKind.DUPLICATE_PLACEHOLDER, field.position(),
						NLS.bind(Messages.Template_duplicate, field.placeholder().token())));
			}
		}
		if (!seen.contains(Placeholder.ITEM)) {
			problems.add(new Problem(ProblemKind.MISSING_ITEM, -1,
					NLS.bind(Messages.Template_missingItem, Placeholder.ITEM.token())));
		}
		String required = REQUIRED.stream().sorted().map(Placeholder::token).collect(Collectors.joining(" ")); //$NON-NLS-1$
		for (Placeholder placeholder : EnumSet.copyOf(REQUIRED)) {
			if (placeholder != Placeholder.ITEM && !seen.contains(placeholder)) {
				problems.add(new Problem(ProblemKind.NOT_UNIQUE, -1,
						NLS.bind(Messages.Template_notUnique, placeholder.token(), required)));
			}
		}
		// Between two placeholders a separator that no value can contain, so that each value's end is known.
		Field previous = null;
		String between = null;
		for (Token token : tokens) {
			if (token instanceof Literal literal) {
				between = literal.text();
			} else if (token instanceof Field field) {
				if (previous != null) {
					if (between == null) {
						problems.add(new Problem(ProblemKind.AMBIGUOUS, field.position(),
								NLS.bind(Messages.Template_adjacent, previous.written(), field.written())));
					} else if (between.codePoints().allMatch(Character::isLetterOrDigit)) {
						problems.add(new Problem(ProblemKind.AMBIGUOUS, field.position(), NLS
								.bind(Messages.Template_separatorNotSymbol, new Object[] { previous.written(), between, field.written() })));
					}
				}
				previous = field;
				between = null;
			}
		}
	}
}
