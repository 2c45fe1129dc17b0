package org.officebench.ui.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the running workbench from the test thread, the way a user would: everything that touches widgets runs
 * on the UI thread through {@link #sync}; waiting happens on the test thread, so the UI keeps running.
 */
public final class UI {

	public static final long TIMEOUT = 20_000;

	private UI() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs on the UI thread and returns the result; exceptions are rethrown here. */
	public static <T> T sync(Callable<T> task) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> error = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(task.call());
			} catch (Throwable e) {
				error.set(e);
			}
		});
		if (error.get() instanceof RuntimeException e) {
			throw e;
		}
		if (error.get() instanceof Error e) {
			throw e;
		}
		if (error.get() != null) {
			throw new IllegalStateException(error.get());
		}
		return result.get();
	}

	public static void run(Runnable task) {
		sync(() -> {
			task.run();
			return null;
		});
	}

	/** Starts something that may block the UI thread in a modal dialog; returns at once. */
	public static void async(Runnable task) {
		display().asyncExec(task);
	}

	/** Polls (on the UI thread) until {@code probe} gives a non-null, non-false answer. */
	public static <T> T waitFor(String what, Callable<T> probe) {
		return waitFor(what, TIMEOUT, probe);
	}

	/** {@link #waitFor(String, Callable)} for work that may take longer, such as indexing or a 四性检测 run. */
	public static <T> T waitFor(String what, long timeoutMillis, Callable<T> probe) {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (true) {
			T value = sync(probe);
			if (value != null && !Boolean.FALSE.equals(value)) {
				return value;
			}
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			sleep(50);
		}
	}

	/** Waits on the test thread while the UI runs on. */
	public static void sleepFor(long millis) {
		sleep(millis);
	}

	public static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** A visible shell with this title, or null (UI thread). */
	public static Shell shell(String title) {
		for (Shell shell : display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	/** All controls of a type under {@code root} that match (UI thread). */
	public static <T extends Control> List<T> find(Composite root, Class<T> type, Predicate<T> filter) {
		List<T> found = new ArrayList<>();
		collect(root, type, filter, found);
		return found;
	}

	public static <T extends Control> T findOne(Composite root, Class<T> type, Predicate<T> filter) {
		List<T> found = find(root, type, filter);
		return found.isEmpty() ? null : found.get(0);
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> filter, List<T> found) {
		if (type.isInstance(control) && filter.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, filter, found);
			}
		}
	}

	/** Sends what a click sends to buttons, tree items and menus (UI thread). */
	public static void select(Widget widget, Widget item) {
		Event event = new Event();
		event.item = item;
		event.widget = widget;
		widget.notifyListeners(SWT.Selection, event);
	}

	/** Sends what a double click or Enter sends (UI thread). */
	public static void defaultSelect(Widget widget, Widget item) {
		Event event = new Event();
		event.item = item;
		event.widget = widget;
		widget.notifyListeners(SWT.DefaultSelection, event);
	}

	/** Moves the mouse pointer over a control (without a window manager, keys go to the window under it). */
	public static void pointAt(Control control) {
		run(() -> {
			Rectangle bounds = control.getBounds();
			org.eclipse.swt.graphics.Point center = control.getParent().toDisplay(bounds.x + bounds.width / 2,
					bounds.y + bounds.height / 2);
			Event move = new Event();
			move.type = SWT.MouseMove;
			move.x = center.x;
			move.y = center.y;
			display().post(move);
		});
	}

	/** Presses keys for real through the window system, e.g. {@code key(SWT.MOD1, 'z')} (test thread). */
	public static void key(int modifier, char character) {
		run(() -> {
			Event down = new Event();
			down.type = SWT.KeyDown;
			down.keyCode = modifier;
			display().post(down);
			Event key = new Event();
			key.type = SWT.KeyDown;
			key.character = character;
			key.keyCode = character;
			display().post(key);
			key.type = SWT.KeyUp;
			display().post(key);
			Event up = new Event();
			up.type = SWT.KeyUp;
			up.keyCode = modifier;
			display().post(up);
		});
	}

	/**
	 * Types {@code text} for real through the window system, a key press and release per character, all queued at once
	 * as a quick typist's keys come (test thread). Letters, digits, space and {@code '\r'} (Enter).
	 */
	public static void type(String text) {
		run(() -> {
			for (char character : text.toCharArray()) {
				Event key = new Event();
				key.type = SWT.KeyDown;
				key.character = character;
				key.keyCode = character;
				display().post(key);
				key.type = SWT.KeyUp;
				display().post(key);
			}
		});
	}

	/** Points at {@code control} and gives it the keyboard focus in an active window, so that typed keys reach it (test thread). */
	public static void focus(Control control) {
		run(() -> {
			control.getShell().forceActive();
			control.setFocus();
		});
		pointAt(control);
		run(control::setFocus);
	}

	/** Saves a picture of the whole screen (test thread). */
	public static Path screenshot(String name) {
		Path file = Path.of(System.getProperty("officebench.screenshots", "target/screenshots")).toAbsolutePath()
				.resolve(name + ".png");
		run(() -> {
			Display display = display();
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, 0, 0);
			} finally {
				gc.dispose();
			}
			try {
				Files.createDirectories(file.getParent());
				ImageLoader loader = new ImageLoader();
				loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			} finally {
				image.dispose();
			}
		});
		return file;
	}

	/**
	 * Chooses an item of the window's menu bar as a user does: opens the menu whose label starts with {@code menu}
	 * (which makes the workbench fill in contributed items) and selects its item whose label starts with {@code item}.
	 * Mnemonics ("(&V)", "&") are ignored. On the test thread.
	 */
	public static void chooseMenu(String menu, String item) {
		run(() -> {
			Shell shell = org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
			org.eclipse.swt.widgets.MenuItem top = menuItem(shell.getMenuBar(), menu);
			org.eclipse.swt.widgets.Menu dropDown = top.getMenu();
			dropDown.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
			org.eclipse.swt.widgets.MenuItem chosen = menuItem(dropDown, item);
			dropDown.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
			chosen.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
	}

	/** The item of a menu whose label (without mnemonic and accelerator) starts with {@code label}. */
	public static org.eclipse.swt.widgets.MenuItem menuItem(org.eclipse.swt.widgets.Menu menu, String label) {
		StringBuilder seen = new StringBuilder();
		for (org.eclipse.swt.widgets.MenuItem candidate : menu.getItems()) {
			String text = plainLabel(candidate.getText());
			seen.append(text).append(" | ");
			if (text.startsWith(label)) {
				return candidate;
			}
		}
		throw new AssertionError("No menu item \"" + label + "\" among: " + seen);
	}

	/** A menu label as the user reads it: without "(&X)", "&" and the accelerator after a tab. */
	public static String plainLabel(String text) {
		int tab = text.indexOf('\t');
		String shown = tab >= 0 ? text.substring(0, tab) : text;
		return shown.replaceAll("\\(&.\\)", "").replace("&", "");
	}
}
