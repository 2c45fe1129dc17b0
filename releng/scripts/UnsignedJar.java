import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies jars without their signature files (META-INF/*.SF, *.RSA, *.DSA, *.EC), for ./officebench: the JVM's
 * class-data archive (AppCDS) leaves out every class of a signed jar, and the Equinox launcher and framework jars are
 * signed; the JVM also checks the launcher's signature on every start. Equinox itself does not check signatures
 * unless told to, so the copies run the same.
 *   java UnsignedJar.java IN.jar OUT.jar [IN.jar OUT.jar]...
 */
public final class UnsignedJar {

	public static void main(String[] args) throws IOException {
		for (int i = 0; i + 1 < args.length; i += 2) {
			copy(Path.of(args[i]), Path.of(args[i + 1]));
		}
	}

	private static void copy(Path jar, Path out) throws IOException {
		Path part = out.resolveSibling(out.getFileName() + "." + ProcessHandle.current().pid() + ".part");
		try (InputStream file = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(file);
				OutputStream target = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(target)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				String name = entry.getName().toUpperCase(Locale.ROOT);
				if (name.startsWith("META-INF/") && name.indexOf('/', 9) < 0
						&& (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC"))) {
					continue;
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				zip.putNextEntry(copy);
				in.transferTo(zip);
				zip.closeEntry();
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(part);
			throw e;
		}
		Files.move(part, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}
}
