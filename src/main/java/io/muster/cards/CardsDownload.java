package io.muster.cards;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Sign-in cards as a download, for pages and the API alike: never kept by a browser's or a proxy's
 * cache, since they carry passwords.
 */
public final class CardsDownload {

	private CardsDownload() {
	}

	/**
	 * The cards a page's form asked for; cards whose passwords are gone lead back to that page,
	 * which says why.
	 */
	public static ResponseEntity<byte[]> forPage(UUID id, Supplier<byte[]> print, String page) {
		try {
			return of(id, print.get());
		}
		catch (CardsUnavailable ex) {
			if (ex.getStatusCode() != HttpStatus.GONE) {
				throw ex;
			}
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page)).build();
		}
	}

	public static ResponseEntity<byte[]> of(UUID id, byte[] pdf) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sign-in-cards-" + id + ".pdf\"")
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

}
