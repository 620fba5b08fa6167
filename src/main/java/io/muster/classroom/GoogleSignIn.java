package io.muster.classroom;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import io.muster.directory.SignedInUser;

/**
 * Signs in with Google the active Muster user whose email address Google has verified; anyone
 * else is refused, and nothing is created.
 */
@Component
class GoogleSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NO_ACCOUNT = "no_account";

	private final OidcUserService google = new OidcUserService();

	private final UserDetailsService users;

	GoogleSignIn(UserDetailsService users) {
		this.users = users;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser person = google.loadUser(request);
		String email = person.getEmail();
		if (email == null || !Boolean.TRUE.equals(person.getEmailVerified())) {
			throw refused(email == null ? "" : email);
		}
		try {
			UserDetails user = users.loadUserByUsername(email);
			if (!(user instanceof SignedInUser member) || !member.isEnabled() || !member.isAccountNonLocked()) {
				throw refused(email);
			}
			// The principal goes into the session table: it must not carry the password hash.
			member.eraseCredentials();
			return new Member(member, person);
		}
		catch (UsernameNotFoundException ex) {
			throw refused(email);
		}
	}

	private static OAuth2AuthenticationException refused(String email) {
		return new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT, email, null));
	}

	/**
	 * A Google identity matched to its Muster user.
	 */
	static final class Member extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final SignedInUser user;

		Member(SignedInUser user, OidcUser person) {
			super(user.getAuthorities(), person.getIdToken(), person.getUserInfo());
			this.user = user;
		}

		SignedInUser user() {
			return user;
		}

	}

}
