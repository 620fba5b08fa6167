package io.muster.directory;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, as the session keeps them.
 *
 * <p>It carries ids, not the user, so that it stays small in the session table; rules that can
 * change while someone is signed in (which groups an Administrator manages) are read afresh.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	/** Where a person who must choose a password of their own is led, and all they may open. */
	public static final String CHOOSE_PASSWORD_PAGE = "/password/choose";

	private static final long serialVersionUID = 1L;

	private final long id;

	private final long organizationId;

	private final String email;

	private final String fullName;

	private final Role role;

	private final boolean active;

	private final boolean mustChoosePassword;

	private @Nullable String passwordHash;

	SignedInUser(User user) {
		this.id = user.id();
		this.organizationId = user.organizationId();
		this.email = user.email();
		this.fullName = user.fullName();
		this.role = user.role();
		this.active = user.status() == UserStatus.ACTIVE;
		this.mustChoosePassword = user.mustChoosePassword();
		this.passwordHash = user.passwordHash();
	}

	public long id() {
		return id;
	}

	public long organizationId() {
		return organizationId;
	}

	public String email() {
		return email;
	}

	public String fullName() {
		return fullName;
	}

	public Role role() {
		return role;
	}

	/**
	 * Whether the person must choose a password of their own before anything else, when they signed
	 * in with it; Sign in with Google does not ask.
	 */
	public boolean mustChoosePassword() {
		return mustChoosePassword;
	}

	/**
	 * Refuses ("Administrators only") a caller who is neither an Administrator nor a System
	 * Administrator.
	 */
	public void requireAdministrator() {
		if (!role.isAdministrator()) {
			throw new AdministratorsOnly();
		}
	}

	public boolean isSystemAdmin() {
		return role == Role.SYSTEM_ADMIN;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + id + ", " + role + "]";
	}

}
