package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.ModelMigration;
import org.officebench.core.OfficeDocument;
import org.officebench.model.Document;
import org.officebench.model.ModelVersion;

/** The migration hook: an old file is brought up to date on load, and values of removed features are reachable. */
class MigrationTest {

	@TempDir
	Path temp;

	@Test
	void anOlderFileIsMigratedOnLoadAndMarkedForSaving() throws Exception {
		Path folder = temp.resolve("repo");
		String id;
		try (FileRepository repository = FileRepository.open(folder, "tester", List::of)) {
			OfficeDocument document = repository.create(DocumentKind.POLICY, "周巡检报表制度");
			id = document.id();
			Path file = folder.resolve(document.file());
			// Pretend an older release wrote it: version 0 and a feature that no longer exists ("secretary").
			String xml = Files.readString(file).replaceFirst("modelVersion=\"1\"", "modelVersion=\"0\" secretary=\"王秘书\"");
			Files.writeString(file, xml);
		}
		ModelMigration zeroToOne = new ModelMigration() {
			@Override
			public int fromVersion() {
				return ModelVersion.CURRENT - 1;
			}

			@Override
			public void migrate(XMLResource resource, Document document) {
				AnyType extension = resource.getEObjectToExtensionMap().get(document);
				for (FeatureMap.Entry entry : extension.getAnyAttribute()) {
					if (entry.getEStructuralFeature().getName().equals("secretary")) {
						document.setOwner((String) entry.getValue());
					}
				}
			}
		};
		try (FileRepository repository = FileRepository.open(folder, "tester", () -> List.of(zeroToOne))) {
			OfficeDocument document = repository.open(id);
			assertEquals("王秘书", document.root().getOwner());
			assertEquals(ModelVersion.CURRENT, document.root().getModelVersion());
			assertTrue(document.isDirty(), "a migrated document asks to be saved");
			document.save();
			assertFalse(document.isDirty());
		}
	}
}
