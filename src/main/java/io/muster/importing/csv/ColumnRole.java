package io.muster.importing.csv;

/** What a column of an uploaded file holds, as far as creating accounts is concerned. */
public enum ColumnRole {
    /** The whole name in one value, such as "Ada Lovelace". */
    FULL_NAME,
    /** The given name, used together with {@link #LAST_NAME}. */
    FIRST_NAME,
    /** The family name, used together with {@link #FIRST_NAME}. */
    LAST_NAME,
    /** The email address, which identifies the account. */
    EMAIL,
    /** Tags to put on the account, several in one value. */
    TAGS,
    /** The account's initial password. */
    PASSWORD
}
