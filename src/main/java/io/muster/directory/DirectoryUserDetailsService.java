package io.muster.directory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account behind a sign-in by its email address, whatever its case.
 */
@Service
class DirectoryUserDetailsService implements UserDetailsService {

	private final Users users;

	DirectoryUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return users.findByEmailKey(User.emailKey(email))
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account for this email address"));
	}

}
