package org.county.staffing.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small lint over Java sources, fast enough to run in every service's test suite: unused
 * imports, private fields and methods never used, and {@code @Inject} fields never read. It reads
 * the text, not the compiled code: code is the file without comments and string literals (Javadoc
 * references such as {@code {@link Foo}} count as a use of an import, as in Checkstyle), and a name
 * is used when it appears as a word in that code other than where it is declared.
 *
 * <p>What it cannot see (a field used only through reflection or by a subclass in another file)
 * it may report; such a field is package-private or annotated, and the rules below skip those:
 * private methods with annotations (framework callbacks such as {@code @Observes} parameters or
 * {@code @PostConstruct}) and {@code serialVersionUID}.
 */
public final class JavaSource {

    /** One finding: file, 1-based line, what. */
    public record Finding(Path file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)(\\.\\*)?\\s*;", Pattern.MULTILINE);
    private static final Pattern PRIVATE_FIELD = Pattern.compile(
            "^[ \\t]*private\\s+(?:(?:static|final|transient|volatile)\\s+)*[\\w.<>\\[\\]?, ]+?\\s+(\\w+)\\s*(?:=|;)",
            Pattern.MULTILINE);
    private static final Pattern PRIVATE_METHOD = Pattern.compile(
            "^[ \\t]*private\\s+(?:(?:static|final|synchronized|native|abstract)\\s+)*(?:<[^>]+>\\s+)?[\\w.<>\\[\\]?, ]+?\\s+(\\w+)\\s*\\(",
            Pattern.MULTILINE);
    private static final Pattern INJECTED_FIELD = Pattern.compile(
            "@Inject\\b(?:\\s*@[\\w.]+(?:\\([^)]*\\))?)*\\s+(?:(?:public|protected|private|static|final|transient)\\s+)*"
                    + "[\\w.<>\\[\\]?, ]+?\\s+(\\w+)\\s*;");
    private static final Pattern JAVADOC_REFERENCE = Pattern.compile(
            "(?:\\{@(?:link|linkplain|value)\\s+|@(?:see|throws|exception)\\s+)([\\w.]+)");

    private JavaSource() {
    }

    /** Every finding in the {@code .java} files under {@code root}, by file and line. */
    public static List<Finding> lint(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> out.addAll(lintFile(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing((Finding f) -> f.file().toString()).thenComparingInt(Finding::line));
        return out;
    }

    public static List<Finding> lintFile(Path file) {
        try {
            return lint(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings in one source text (the file only names them). */
    public static List<Finding> lint(Path file, String text) {
        List<Finding> out = new ArrayList<>();
        String code = codeOnly(text, false);
        String javadoc = javadocReferences(text);
        unusedImports(file, text, code, javadoc, out);
        unusedPrivateMembers(file, text, code, out);
        unreadInjections(file, code, out);
        return out;
    }

    private static void unusedImports(Path file, String text, String code, String javadoc, List<Finding> out) {
        Matcher m = IMPORT.matcher(code);
        StringBuilder withoutImports = new StringBuilder(code);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = spans.size() - 1; i >= 0; i--) {
            int[] span = spans.get(i);
            withoutImports.replace(span[0], span[1], " ".repeat(span[1] - span[0]));
        }
        String body = withoutImports + "\n" + javadoc;
        m = IMPORT.matcher(code);
        while (m.find()) {
            if (m.group(3) != null) {
                continue;
            }
            String qualified = m.group(2);
            String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
            if (!word(simple).matcher(body).find()) {
                out.add(new Finding(file, line(text, m.start(2)), "unused import " + qualified));
            }
        }
    }

    private static void unusedPrivateMembers(Path file, String text, String code, List<Finding> out) {
        Matcher fields = PRIVATE_FIELD.matcher(code);
        while (fields.find()) {
            String name = fields.group(1);
            if (name.equals("serialVersionUID") || annotatedBefore(code, fields.start())) {
                continue;
            }
            if (count(code, name) < 2) {
                out.add(new Finding(file, line(text, fields.start(1)), "private field '" + name + "' is never used"));
            }
        }
        Matcher methods = PRIVATE_METHOD.matcher(code);
        while (methods.find()) {
            String name = methods.group(1);
            if (annotatedBefore(code, methods.start()) || parametersAnnotated(code, methods.end())) {
                continue;
            }
            if (count(code, name) < 2) {
                out.add(new Finding(file, line(text, methods.start(1)), "private method '" + name + "' is never used"));
            }
        }
    }

    private static void unreadInjections(Path file, String code, List<Finding> out) {
        Matcher m = INJECTED_FIELD.matcher(code);
        while (m.find()) {
            String name = m.group(1);
            if (count(code, name) < 2) {
                out.add(new Finding(file, line(code, m.start(1)), "injected field '" + name + "' is never read"));
            }
        }
    }

    /** Whether the declaration starting at {@code start} carries an annotation (on the lines just above it). */
    private static boolean annotatedBefore(String code, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        // the previous token ends an annotation: "@Foo" or "@Foo(...)"
        int lineStart = code.lastIndexOf('\n', i) + 1;
        return code.substring(lineStart, i + 1).trim().startsWith("@");
    }

    private static boolean parametersAnnotated(String code, int openParen) {
        int depth = 1;
        int i = openParen;
        while (i < code.length() && depth > 0) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '@' && depth == 1) {
                return true;
            }
            i++;
        }
        return false;
    }

    private static int count(String code, String name) {
        Matcher m = word(name).matcher(code);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Pattern word(String name) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String javadocReferences(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = JAVADOC_REFERENCE.matcher(text);
        while (m.find()) {
            String ref = m.group(1);
            out.append(ref, 0, ref.contains(".") ? ref.indexOf('.') : ref.length()).append('\n');
        }
        return out.toString();
    }

    /**
     * The text with comments, string and character literals and text blocks blanked out (newlines
     * kept, so offsets and line numbers stay those of the file).
     */
    static String codeOnly(String text, boolean keepStrings) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(out, text, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(out, text, i, end);
                i = end;
            } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                while (end > 0 && text.charAt(end - 1) == '\\') {
                    end = text.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                literal(out, text, i, end, keepStrings);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                literal(out, text, i, end, keepStrings);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void literal(StringBuilder out, String text, int from, int to, boolean keep) {
        if (keep) {
            out.append(text, from, to);
        } else {
            out.append(text.charAt(from));
            blank(out, text, from + 1, to - 1);
            if (to - 1 > from) {
                out.append(text.charAt(to - 1));
            }
        }
    }

    private static void blank(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            out.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
    }
}
