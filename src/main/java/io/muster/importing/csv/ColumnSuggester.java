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
 * Suggests which column holds what, from the header names administrators actually write.
 *
 * <p>Names match regardless of case, accents, spaces and punctuation, in English, German, French, Spanish,
 * Portuguese, Italian and Dutch. Each column gets at most one role. A first-name and a last-name column
 * together win over a full-name column; otherwise a full-name column wins over a lone first or last name.
 * The suggestion is a starting point the administrator confirms, so a column is left out rather than guessed.
 */
public final class ColumnSuggester {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

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
