package io.muster.importing.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Recognising header names as administrators write them, in the product's languages. */
class ColumnSuggesterTests {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
        Name|FULL_NAME
        Full name|FULL_NAME
        FullName|FULL_NAME
        full_name|FULL_NAME
        Display Name|FULL_NAME
        Student name|FULL_NAME
        Vollständiger Name|FULL_NAME
        vollstaendiger name|FULL_NAME
        Nom complet|FULL_NAME
        Nom et prénom|FULL_NAME
        Nombre completo|FULL_NAME
        Nombre y apellidos|FULL_NAME
        Nome completo|FULL_NAME
        Nome e cognome|FULL_NAME
        Volledige naam|FULL_NAME
        Naam|FULL_NAME
        Nombre|FULL_NAME
        Nome|FULL_NAME
        First Name|FIRST_NAME
        first_name|FIRST_NAME
        First|FIRST_NAME
        Given name|FIRST_NAME
        Forename|FIRST_NAME
        Vorname|FIRST_NAME
        Prénom|FIRST_NAME
        prenom|FIRST_NAME
        PRÉNOM|FIRST_NAME
        Primeiro nome|FIRST_NAME
        Voornaam|FIRST_NAME
        Last Name|LAST_NAME
        last-name|LAST_NAME
        Last|LAST_NAME
        Surname|LAST_NAME
        Family name|LAST_NAME
        Nachname|LAST_NAME
        Familienname|LAST_NAME
        Nom|LAST_NAME
        Nom de famille|LAST_NAME
        Apellido|LAST_NAME
        Apellidos|LAST_NAME
        Apellido(s)|LAST_NAME
        Sobrenome|LAST_NAME
        Apelido|LAST_NAME
        Cognome|LAST_NAME
        Achternaam|LAST_NAME
        Email|EMAIL
        E-mail|EMAIL
        E-Mail Address|EMAIL
        email address|EMAIL
        '  EMAIL '|EMAIL
        e_mail|EMAIL
        Mail|EMAIL
        E-Mail-Adresse|EMAIL
        Courriel|EMAIL
        Adresse e-mail|EMAIL
        Adresse électronique|EMAIL
        Correo|EMAIL
        Correo electrónico|EMAIL
        CORREO ELECTRONICO|EMAIL
        Posta elettronica|EMAIL
        E-mailadres|EMAIL
        Tags|TAGS
        tag|TAGS
        Labels|TAGS
        Schlagwörter|TAGS
        Stichwörter|TAGS
        Étiquettes|TAGS
        Mots-clés|TAGS
        Etiquetas|TAGS
        Etichette|TAGS
        Password|PASSWORD
        pass|PASSWORD
        PWD|PASSWORD
        Initial password|PASSWORD
        Passwort|PASSWORD
        Kennwort|PASSWORD
        Mot de passe|PASSWORD
        Contraseña|PASSWORD
        Senha|PASSWORD
        Palavra-passe|PASSWORD
        Wachtwoord|PASSWORD
        """)
    void recognisesHeaderSynonym(String column, ColumnRole role) {
        assertThat(ColumnSuggester.suggest(List.of("Other", column, "Something else")))
            .containsExactly(Map.entry(role, column));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Username", "User name", "user_name", "Login", "Groups", "Group", "ID", "Class",
        "Email 2", "Notes", "Phone", ""})
    void suggestsNothingForUnrelatedOrMisleadingNames(String column) {
        assertThat(ColumnSuggester.suggest(List.of(column))).isEmpty();
    }

    @Test
    void prefersFirstAndLastNameOverFullName() {
        assertThat(ColumnSuggester.suggest(List.of("Name", "Vorname", "Nachname", "E-Mail")))
            .containsExactly(
                Map.entry(ColumnRole.FIRST_NAME, "Vorname"),
                Map.entry(ColumnRole.LAST_NAME, "Nachname"),
                Map.entry(ColumnRole.EMAIL, "E-Mail"));
    }

    @Test
    void prefersFullNameOverLoneFirstName() {
        assertThat(ColumnSuggester.suggest(List.of("First name", "Full name", "Email")))
            .containsExactly(
                Map.entry(ColumnRole.FULL_NAME, "Full name"),
                Map.entry(ColumnRole.EMAIL, "Email"));
    }

    @Test
    void readsFrenchNomAsLastNameNextToPrenom() {
        assertThat(ColumnSuggester.suggest(List.of("Nom", "Prénom", "Courriel")))
            .containsExactly(
                Map.entry(ColumnRole.FIRST_NAME, "Prénom"),
                Map.entry(ColumnRole.LAST_NAME, "Nom"),
                Map.entry(ColumnRole.EMAIL, "Courriel"));
    }

    @Test
    void readsSpanishNombreAsFirstNameNextToApellidos() {
        assertThat(ColumnSuggester.suggest(List.of("Nombre", "Apellidos", "Correo electrónico", "Contraseña")))
            .containsExactly(
                Map.entry(ColumnRole.FIRST_NAME, "Nombre"),
                Map.entry(ColumnRole.LAST_NAME, "Apellidos"),
                Map.entry(ColumnRole.EMAIL, "Correo electrónico"),
                Map.entry(ColumnRole.PASSWORD, "Contraseña"));
    }

    @Test
    void readsPortugueseAndItalianNomeAsFirstNameNextToSurname() {
        assertThat(ColumnSuggester.suggest(List.of("Nome", "Sobrenome")))
            .containsEntry(ColumnRole.FIRST_NAME, "Nome")
            .containsEntry(ColumnRole.LAST_NAME, "Sobrenome")
            .doesNotContainKey(ColumnRole.FULL_NAME);
        assertThat(ColumnSuggester.suggest(List.of("Cognome", "Nome", "Email")))
            .containsExactly(
                Map.entry(ColumnRole.FIRST_NAME, "Nome"),
                Map.entry(ColumnRole.LAST_NAME, "Cognome"),
                Map.entry(ColumnRole.EMAIL, "Email"));
    }

    @Test
    void readsSpanishNombreAsFullNameAlone() {
        assertThat(ColumnSuggester.suggest(List.of("Nombre", "Correo")))
            .containsExactly(
                Map.entry(ColumnRole.FULL_NAME, "Nombre"),
                Map.entry(ColumnRole.EMAIL, "Correo"));
    }

    @Test
    void givesEachRoleToTheFirstMatchingColumnOnly() {
        assertThat(ColumnSuggester.suggest(List.of("Email", "E-Mail", "Mail")))
            .containsExactly(Map.entry(ColumnRole.EMAIL, "Email"));
    }

    @Test
    void returnsRolesInEnumOrderWithOriginalColumnNames() {
        Map<ColumnRole, String> suggestion = ColumnSuggester.suggest(
            List.of(" PASSWORD ", "Tags", "e-mail", "Nachname", "Vorname"));

        assertThat(suggestion.keySet()).containsExactly(
            ColumnRole.FIRST_NAME, ColumnRole.LAST_NAME, ColumnRole.EMAIL, ColumnRole.TAGS, ColumnRole.PASSWORD);
        assertThat(suggestion.values()).containsExactly("Vorname", "Nachname", "e-mail", "Tags", " PASSWORD ");
    }

    @Test
    void suggestsForEveryColumnOfTheTooManyColumnsGradebookOnlyWhatItKnows() {
        assertThat(ColumnSuggester.suggest(
            List.of("Last Name", "First Name", "Email Address", "Essay 1", "Quiz 2", "Lab 3")))
            .containsExactly(
                Map.entry(ColumnRole.FIRST_NAME, "First Name"),
                Map.entry(ColumnRole.LAST_NAME, "Last Name"),
                Map.entry(ColumnRole.EMAIL, "Email Address"));
    }

    @Test
    void suggestsNothingForNoColumns() {
        assertThat(ColumnSuggester.suggest(List.of())).isEmpty();
    }

    @Test
    void findsTheNameAndTheEmailOfAFileWithoutHeaderRowByWhatTheColumnsHold() {
        CsvTable table = read(false, "1,Ada Lovelace,ada.lovelace@example.org\n2,Grace Hopper,grace.hopper@example.org\n");

        assertThat(ColumnSuggester.suggest(table)).containsExactly(
            Map.entry(ColumnRole.FULL_NAME, "Column 2"), Map.entry(ColumnRole.EMAIL, "Column 3"));
    }

    @Test
    void guessesFromValuesOnlyWhatTheHeaderNamesLeaveOpen() {
        CsvTable table = read(true, "Vorname,Nachname,Kontakt\nAda,Lovelace,ada.lovelace@example.org\n");

        assertThat(ColumnSuggester.suggest(table)).containsExactly(
            Map.entry(ColumnRole.FIRST_NAME, "Vorname"), Map.entry(ColumnRole.LAST_NAME, "Nachname"),
            Map.entry(ColumnRole.EMAIL, "Kontakt"));
    }

    @Test
    void guessesNoEmailColumnWhereOneValueIsNoAddress() {
        CsvTable table = read(false, "Ada Lovelace,ada.lovelace@example.org\nGrace Hopper,grace.hopper at example.org\n");

        assertThat(ColumnSuggester.suggest(table)).containsExactly(Map.entry(ColumnRole.FULL_NAME, "Column 1"));
    }

    private static CsvTable read(boolean hasHeader, String csv) {
        return CsvTableReader.builder().hasHeader(hasHeader).read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void normalizesCaseAccentsSpacesAndPunctuation() {
        assertThat(ColumnSuggester.normalize("  Adresse É-lectronique_(1) ")).isEqualTo("adresseelectronique1");
        assertThat(ColumnSuggester.normalize("\uFEFFVorname\u200B")).isEqualTo("vorname");
    }
}
