package io.muster.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.muster.directory.AccountRules;
import io.muster.directory.Role;

/**
 * What the preview step of the wizard holds: a field chosen above each column, the links that
 * change which fields are offered, and the import options.
 */
public class PreviewForm {

	private List<String> fields = new ArrayList<>();

	private boolean oneName;

	private boolean noTags;

	private boolean noPassword;

	private @Nullable String defaultPassword;

	private @Nullable Long groupId;

	private @Nullable Role role;

	private boolean updatePasswords;

	private boolean updateTags;

	private boolean welcomeEmail;

	private boolean askNewPassword;

	private boolean generatePasswords;

	private String tags = "";

	private boolean sync;

	private SyncOption.Missing syncMissing = SyncOption.Missing.LEAVE;

	private @Nullable Long syncMoveTo;

	/**
	 * The form as a draft left it, or as the header names suggest when nothing was chosen yet.
	 */
	static PreviewForm of(ImportDraft draft) {
		ColumnMapping mapping = draft.mappingOrSuggestion();
		PreviewForm form = new PreviewForm();
		form.fields = draft.columns().stream().map(column -> fieldOf(mapping, column)).collect(Collectors.toList());
		form.oneName = mapping.fullName() != null;
		form.noTags = mapping.tags() == null;
		form.noPassword = mapping.password() == null;
		ImportOptions options = draft.options();
		form.askNewPassword = (options == null ? ImportOptions.none() : options).asksNewPassword(form.noPassword);
		if (options != null) {
			form.groupId = options.groupId();
			form.role = options.role();
			form.updatePasswords = options.updatePasswords();
			form.updateTags = options.updateTags();
			form.welcomeEmail = options.welcomeEmail();
			form.tags = String.join(", ", options.tags());
			SyncOption sync = options.sync();
			if (sync != null) {
				form.sync = sync.enabled();
				form.syncMissing = sync.missingOrLeave();
				form.syncMoveTo = sync.moveToGroupId();
			}
			form.generatePasswords = options.generatePasswords();
		}
		return form;
	}

	private static String fieldOf(ColumnMapping mapping, String column) {
		Map<String, @Nullable String> byField = byField(mapping);
		return byField.entrySet().stream().filter(entry -> column.equals(entry.getValue())).map(Map.Entry::getKey)
			.findFirst().orElse("");
	}

	private static Map<String, @Nullable String> byField(ColumnMapping mapping) {
		Map<String, @Nullable String> byField = new LinkedHashMap<>();
		byField.put("fullName", mapping.fullName());
		byField.put("firstName", mapping.firstName());
		byField.put("lastName", mapping.lastName());
		byField.put("email", mapping.email());
		byField.put("tags", mapping.tags());
		byField.put("password", mapping.password());
		return byField;
	}

	/**
	 * "Use only one column for name": the column that holds the names (as suggested), else the
	 * first-name column, else the last-name one, becomes the full name; the other name is ignored.
	 */
	void useOneName(List<String> columns, ColumnMapping suggested) {
		oneName = true;
		int full = firstOf(columns.indexOf(Objects.requireNonNullElse(suggested.fullName(), "")),
				fields.indexOf("firstName"), fields.indexOf("lastName"));
		clearNames();
		setNameField(full, "fullName");
	}

	/**
	 * "Use two columns for name": the suggested first- and last-name columns, else the full-name
	 * column as the first name, so that the names stay mapped as far as the file tells.
	 */
	void useTwoNames(List<String> columns, ColumnMapping suggested) {
		oneName = false;
		int full = fields.indexOf("fullName");
		clearNames();
		if (suggested.firstName() != null && suggested.lastName() != null) {
			setNameField(columns.indexOf(suggested.firstName()), "firstName");
			setNameField(columns.indexOf(suggested.lastName()), "lastName");
		}
		else {
			setNameField(full, "firstName");
		}
	}

	private static int firstOf(int... indexes) {
		return Arrays.stream(indexes).filter(index -> index >= 0).findFirst().orElse(-1);
	}

	private void clearNames() {
		fields.replaceAll(field -> List.of("fullName", "firstName", "lastName").contains(field) ? "" : field);
	}

	private void setNameField(int column, String field) {
		while (fields.size() <= column) {
			fields.add("");
		}
		if (column >= 0 && fields.get(column).isEmpty()) {
			fields.set(column, field);
		}
	}

	/**
	 * The fields a column may be mapped to, given the links chosen; the empty one means "ignore".
	 */
	public List<String> offeredFields() {
		List<String> offered = new ArrayList<>(oneName ? List.of("", "fullName") : List.of("", "firstName", "lastName"));
		offered.add("email");
		if (!noTags) {
			offered.add("tags");
		}
		if (!noPassword) {
			offered.add("password");
		}
		return offered;
	}

	/**
	 * Drops choices the links no longer offer, such as a first-name column after "Use only one
	 * column for name", so that nothing hidden is saved.
	 */
	void keepOfferedFieldsOnly() {
		List<String> offered = offeredFields();
		fields = fields.stream().map(field -> offered.contains(field) ? field : "").collect(Collectors.toList());
	}

	/**
	 * The column chosen for each field; for a field chosen above two columns, the first one.
	 */
	ColumnMapping mapping(List<String> columns) {
		String[] chosen = new String[6];
		List<String> names = List.of("fullName", "firstName", "lastName", "email", "tags", "password");
		for (int i = 0; i < Math.min(columns.size(), fields.size()); i++) {
			int index = names.indexOf(fields.get(i));
			if (index >= 0 && chosen[index] == null) {
				chosen[index] = columns.get(i);
			}
		}
		return new ColumnMapping(chosen[0], chosen[1], chosen[2], chosen[3], chosen[4], chosen[5]);
	}

	/**
	 * Columns whose field was already chosen above an earlier column, by column index.
	 */
	Map<Integer, String> repeatedFields() {
		Map<Integer, String> repeated = new LinkedHashMap<>();
		for (int i = 0; i < fields.size(); i++) {
			String field = fields.get(i);
			if (!field.isEmpty() && fields.subList(0, i).contains(field)) {
				repeated.put(i, field);
			}
		}
		return repeated;
	}

	ImportOptions options() {
		List<String> extraTags = List.copyOf(AccountRules.splitTags(tags));
		return new ImportOptions(groupId, role, updatePasswords, updateTags, welcomeEmail, extraTags, askNewPassword,
				generatesPasswords(),
				sync ? new SyncOption(true, syncMissing, syncMissing == SyncOption.Missing.MOVE ? syncMoveTo : null)
						: null);
	}

	/**
	 * "Make a password for each user", which is offered only without a password column.
	 */
	boolean generatesPasswords() {
		return generatePasswords && noPassword;
	}

	public String field(int column) {
		return column < fields.size() ? Objects.requireNonNullElse(fields.get(column), "") : "";
	}

	public List<String> getFields() {
		return fields;
	}

	public void setFields(List<String> fields) {
		this.fields = fields.stream().map(field -> field == null ? "" : field).collect(Collectors.toList());
	}

	public boolean isOneName() {
		return oneName;
	}

	public void setOneName(boolean oneName) {
		this.oneName = oneName;
	}

	public boolean isNoTags() {
		return noTags;
	}

	public void setNoTags(boolean noTags) {
		this.noTags = noTags;
	}

	public boolean isNoPassword() {
		return noPassword;
	}

	public void setNoPassword(boolean noPassword) {
		this.noPassword = noPassword;
	}

	public @Nullable String getDefaultPassword() {
		return defaultPassword;
	}

	public void setDefaultPassword(@Nullable String defaultPassword) {
		this.defaultPassword = defaultPassword;
	}

	public @Nullable Long getGroupId() {
		return groupId;
	}

	public void setGroupId(@Nullable Long groupId) {
		this.groupId = groupId;
	}

	public @Nullable Role getRole() {
		return role;
	}

	public void setRole(@Nullable Role role) {
		this.role = role;
	}

	public boolean isUpdatePasswords() {
		return updatePasswords;
	}

	public void setUpdatePasswords(boolean updatePasswords) {
		this.updatePasswords = updatePasswords;
	}

	public boolean isUpdateTags() {
		return updateTags;
	}

	public void setUpdateTags(boolean updateTags) {
		this.updateTags = updateTags;
	}

	public boolean isWelcomeEmail() {
		return welcomeEmail;
	}

	public void setWelcomeEmail(boolean welcomeEmail) {
		this.welcomeEmail = welcomeEmail;
	}

	public boolean isAskNewPassword() {
		return askNewPassword;
	}

	public void setAskNewPassword(boolean askNewPassword) {
		this.askNewPassword = askNewPassword;
	}

	public boolean isSync() {
		return sync;
	}

	public void setSync(boolean sync) {
		this.sync = sync;
	}

	public SyncOption.Missing getSyncMissing() {
		return syncMissing;
	}

	public void setSyncMissing(SyncOption.@Nullable Missing syncMissing) {
		this.syncMissing = syncMissing == null ? SyncOption.Missing.LEAVE : syncMissing;
	}

	public @Nullable Long getSyncMoveTo() {
		return syncMoveTo;
	}

	public void setSyncMoveTo(@Nullable Long syncMoveTo) {
		this.syncMoveTo = syncMoveTo;
	}

	public boolean isGeneratePasswords() {
		return generatePasswords;
	}

	public void setGeneratePasswords(boolean generatePasswords) {
		this.generatePasswords = generatePasswords;
	}

	public String getTags() {
		return tags;
	}

	public void setTags(@Nullable String tags) {
		this.tags = tags == null ? "" : tags;
	}

}
