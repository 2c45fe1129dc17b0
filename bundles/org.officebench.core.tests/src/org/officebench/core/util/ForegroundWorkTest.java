package org.officebench.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ForegroundWorkTest {

	@Test
	void aBackgroundReadWaitsWhileForegroundWorkRunsAndGoesOnAfter() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		AtomicLong resumedAt = new AtomicLong();
		long[] doneAt = new long[1];
		Thread reader = new Thread(() -> {
			try {
				started.await();
				ForegroundWork.yieldTo();
				resumedAt.set(System.nanoTime());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		reader.start();
		String result = ForegroundWork.run(() -> {
			started.countDown();
			sleep(300);
			doneAt[0] = System.nanoTime();
			return "sorted";
		});
		reader.join(5_000);
		assertEquals("sorted", result);
		assertTrue(resumedAt.get() >= doneAt[0], "the read went on only after the foreground work");
	}

	@Test
	void withNothingInTheForegroundAReadDoesNotWaitAndNeverWaitsLongerThanTheLimit() throws Exception {
		long t0 = System.nanoTime();
		ForegroundWork.yieldTo();
		assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) < 50, "no wait");

		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread foreground = new Thread(() -> ForegroundWork.run(() -> {
			inside.countDown();
			try {
				release.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return null;
		}));
		foreground.start();
		inside.await();
		long t1 = System.nanoTime();
		ForegroundWork.yieldTo();
		long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t1);
		release.countDown();
		foreground.join();
		assertTrue(waited >= ForegroundWork.MAX_WAIT_MILLIS - 50 && waited < ForegroundWork.MAX_WAIT_MILLIS + 1_000, "waited " + waited + " ms");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
