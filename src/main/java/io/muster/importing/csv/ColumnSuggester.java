package io.muster.importing.csv;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Suggests which column holds what, from the header names administrators actually write, and where
 * the names say nothing (a file without a header row), from what the columns hold.
 *
 * <p>Names match regardless of case, accents, spaces and punctuation, in English, German, French, Spanish,
 * Portuguese, Italian and Dutch. Each column gets at most one role. A first-name and a last-name column
 * together win over a full-name column; otherwise a full-name column wins over a lone first or last name.
 * The suggestion is a starting point the administrator confirms, so a column is left out rather than guessed:
 * from content, only an email column (every value an address) and a name column (every value words) are found.
 */
public final class ColumnSuggester {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EMAIL_LIKE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WORDS = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’. -]*");
    /** Enough rows to tell what a column holds, few enough to look at on every preview. */
    private static final int ROWS_LOOKED_AT = 50;

    private static final Set<String> FULL_NAMES = Set.of(
        "name", "fullname", "displayname", "studentname",
        "vollstandigername", "vollstaendigername",
        "nomcomplet", "nometprenom", "prenometnom",
        "nombrecompleto", "nombreyapellidos", "nombreyapellido",
        "nomecompleto", "nomeecognome",
        "volledigenaam", "naam");
    private static final Set<String> FIRST_NAMES = Set.of(
        "firstname", "first", "givenname", "forename",
        "vorname", "prenom", "primeironome", "voornaam");
    private static final Set<String> LAST_NAMES = Set.of(
        "lastname", "last", "surname", "familyname",
        "nachname", "familienname",
        "nom", "nomdefamille",
        "apellido", "apellidos",
        "sobrenome", "apelido", "ultimonome",
        "cognome", "achternaam");
    /** Spanish, Portuguese and Italian words that mean the given name next to a surname, else the whole name. */
    private static final Set<String> FIRST_OR_FULL_NAMES = Set.of("nombre", "nome");
    private static final Set<String> EMAILS = Set.of(
        "email", "emailaddress", "mail",
        "emailadresse",
        "courriel", "adresseemail", "adresseelectronique",
        "correo", "correoelectronico",
        "enderecodeemail",
        "postaelettronica", "indirizzoemail",
        "emailadres");
    private static final Set<String> TAGS = Set.of(
        "tags", "tag", "labels",
        "schlagworter", "schlagwoerter", "stichworter", "stichwoerter",
        "etiquettes", "motscles",
        "etiquetas",
        "etichette");
    private static final Set<String> PASSWORDS = Set.of(
        "password", "pass", "pwd", "initialpassword",
        "passwort", "kennwort",
        "motdepasse",
        "contrasena",
        "senha", "palavrapasse",
        "wachtwoord");

    private ColumnSuggester() {
    }

    /**
     * Suggests a column for each role that one of the columns evidently holds.
     *
     * <p>The map is in {@link ColumnRole} order, holds only the roles found and never two roles for one column;
     * values are the column names exactly as given. It never holds {@link ColumnRole#FULL_NAME} together with
     * {@link ColumnRole#FIRST_NAME} or {@link ColumnRole#LAST_NAME}.
     *
     * @param columns the column names, for example {@link CsvTable#columns()}
     * @return the suggested column for each role found
     */
    public static Map<ColumnRole, String> suggest(List<String> columns) {
        RoleAssignment assignment = new RoleAssignment(columns);
        assignment.assign(ColumnRole.EMAIL, EMAILS);
        assignment.assign(ColumnRole.TAGS, TAGS);
        assignment.assign(ColumnRole.PASSWORD, PASSWORDS);
        assignment.assign(ColumnRole.LAST_NAME, LAST_NAMES);
        assignment.assign(ColumnRole.FIRST_NAME, FIRST_NAMES);
        assignment.assign(ColumnRole.FULL_NAME, FULL_NAMES);
        assignment.assign(assignment.has(ColumnRole.LAST_NAME) ? ColumnRole.FIRST_NAME : ColumnRole.FULL_NAME,
            FIRST_OR_FULL_NAMES);
        return assignment.withOneWayOfNaming();
    }

    /**
     * Suggests a column for each role as {@link #suggest(List)} does, then, for an email or a name still
     * missing, takes a column whose first values all look like one: addresses for the email, words for the
     * full name.
     *
     * @param table a table as read, whose first rows are looked at
     * @return the suggested column for each role found
     */
    public static Map<ColumnRole, String> suggest(CsvTable table) {
        Map<ColumnRole, String> byName = suggest(table.columns());
        List<List<String>> rows = table.sampleRows(ROWS_LOOKED_AT);
        Map<ColumnRole, String> found = new EnumMap<>(ColumnRole.class);
        found.putAll(byName);
        if (!found.containsKey(ColumnRole.EMAIL)) {
            firstColumnWhere(table.columns(), rows, found, EMAIL_LIKE)
                .ifPresent(column -> found.put(ColumnRole.EMAIL, column));
        }
        boolean named = found.containsKey(ColumnRole.FULL_NAME) || found.containsKey(ColumnRole.FIRST_NAME)
            || found.containsKey(ColumnRole.LAST_NAME);
        if (!named) {
            firstColumnWhere(table.columns(), rows, found, WORDS)
                .ifPresent(column -> found.put(ColumnRole.FULL_NAME, column));
        }
        return new LinkedHashMap<>(found);
    }

    private static Optional<String> firstColumnWhere(List<String> columns, List<List<String>> rows,
            Map<ColumnRole, String> taken, Pattern every) {
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (!taken.containsValue(column) && everyValueMatches(rows, i, every)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static boolean everyValueMatches(List<List<String>> rows, int index, Pattern every) {
        List<String> values = rows.stream().filter(row -> index < row.size()).map(row -> row.get(index).strip())
            .filter(value -> !value.isEmpty()).toList();
        return !values.isEmpty() && values.stream().allMatch(value -> every.matcher(value).matches());
    }

    /**
     * Reduces a header name to what distinguishes it.
     *
     * @param column a header name as written
     * @return the name in lower case without accents, spaces or punctuation
     */
    static String normalize(String column) {
        String decomposed = Normalizer.normalize(column.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return NOT_LETTER_OR_DIGIT.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
    }

    /** Hands out columns to roles, each column once and each role once. */
    private static final class RoleAssignment {

        private final List<String> columns;
        private final List<String> keys;
        private final Set<Integer> used = new HashSet<>();
        private final Map<ColumnRole, String> found = new EnumMap<>(ColumnRole.class);

        RoleAssignment(List<String> columns) {
            this.columns = columns;
            this.keys = columns.stream().map(ColumnSuggester::normalize).toList();
        }

        void assign(ColumnRole role, Set<String> synonyms) {
            if (has(role)) {
                return;
            }
            firstUnusedMatching(synonyms).ifPresent(index -> {
                used.add(index);
                found.put(role, columns.get(index));
            });
        }

        boolean has(ColumnRole role) {
            return found.containsKey(role);
        }

        private Optional<Integer> firstUnusedMatching(Set<String> synonyms) {
            for (int i = 0; i < keys.size(); i++) {
                if (!used.contains(i) && synonyms.contains(keys.get(i))) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }

        /** Keeps either first and last name or the full name, as the import takes names one way or the other. */
        Map<ColumnRole, String> withOneWayOfNaming() {
            if (has(ColumnRole.FIRST_NAME) && has(ColumnRole.LAST_NAME)) {
                found.remove(ColumnRole.FULL_NAME);
            } else if (has(ColumnRole.FULL_NAME)) {
                found.remove(ColumnRole.FIRST_NAME);
                found.remove(ColumnRole.LAST_NAME);
            }
            return new LinkedHashMap<>(found);
        }
    }
}
