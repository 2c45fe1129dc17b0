package org.officebench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a document file with a plain SAX parser: the root element's attributes for the listing, and the
 * whole file for well-formedness, so that a broken file is found (with its line) before anyone opens it.
 */
final class RootPeek {

	record Root(String type, String id, String title, String documentNumber, String status, String modified) {
	}

	private static final SAXParserFactory FACTORY = newFactory();

	private RootPeek() {
	}

	static Root read(Path file) throws IOException, SAXException {
		Root[] root = new Root[1];
		try (InputStream in = Files.newInputStream(file)) {
			SAXParser parser;
			synchronized (FACTORY) {
				parser = FACTORY.newSAXParser();
			}
			parser.parse(in, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if (root[0] == null) {
						String type = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
						root[0] = new Root(type, attributes.getValue("id"), attributes.getValue("title"), //$NON-NLS-1$ //$NON-NLS-2$
								attributes.getValue("documentNumber"), attributes.getValue("status"), //$NON-NLS-1$ //$NON-NLS-2$
								attributes.getValue("modified")); //$NON-NLS-1$
					}
				}

				@Override
				public void error(org.xml.sax.SAXParseException e) throws SAXException {
					throw e;
				}
			});
		} catch (ParserConfigurationException e) {
			throw new IOException(e);
		}
		return root[0];
	}

	private static SAXParserFactory newFactory() {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		try {
			// Document files never need external entities; refusing them keeps a crafted file harmless.
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
		} catch (ParserConfigurationException | SAXException e) {
			// older parsers: external entities stay off by default for local files we wrote
		}
		return factory;
	}
}
