package io.muster.cards;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Sign-in cards as a download, for pages and the API alike: never kept by a browser's or a proxy's
 * cache, since they carry passwords.
 */
public final class CardsDownload {

	private CardsDownload() {
	}

	public static ResponseEntity<byte[]> of(UUID id, byte[] pdf) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sign-in-cards-" + id + ".pdf\"")
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

}
