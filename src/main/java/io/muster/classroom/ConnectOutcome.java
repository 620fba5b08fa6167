package io.muster.classroom;

import java.io.Serializable;
import java.util.List;

/**
 * How an authorization at Google ended, kept in the session (never a token) until the page that
 * reports it is shown.
 */
record ConnectOutcome(Kind kind, String googleEmail, String musterEmail, List<String> missingScopes)
		implements Serializable {

	enum Kind {

		CONNECTED, OTHER_ACCOUNT, MISSING_SCOPES, CANCELLED

	}

	static ConnectOutcome connected(String googleEmail) {
		return new ConnectOutcome(Kind.CONNECTED, googleEmail, "", List.of());
	}

	static ConnectOutcome otherAccount(String googleEmail, String musterEmail) {
		return new ConnectOutcome(Kind.OTHER_ACCOUNT, googleEmail, musterEmail, List.of());
	}

	static ConnectOutcome missing(List<String> scopes) {
		return new ConnectOutcome(Kind.MISSING_SCOPES, "", "", List.copyOf(scopes));
	}

	static ConnectOutcome cancelled() {
		return new ConnectOutcome(Kind.CANCELLED, "", "", List.of());
	}

}
