package org.nianbao.export;

import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The ISO/IEC 29500 Transitional schemas (and ECMA-376 OPC) in src/test/resources/ooxml-schemas,
 * applied to the parts of a package with javax.xml.validation, as SOURCES.md there pairs them.
 * Loading wml.xsd takes a while, so each schema is compiled once per test run.
 */
public final class OoxmlSchemas {

    private static final String ROOT = "/ooxml-schemas/";
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

    private OoxmlSchemas() {
    }

    /** The schema file (relative to the schema folder) for a part, or null for a part that is not XML. */
    public static String schemaFor(String part) {
        if (part.equals("[Content_Types].xml")) {
            return "ecma/fouth-edition/opc-contentTypes.xsd";
        }
        if (part.endsWith(".rels")) {
            return "ecma/fouth-edition/opc-relationships.xsd";
        }
        if (part.equals("docProps/core.xml")) {
            return "ecma/fouth-edition/opc-coreProperties.local.xsd";
        }
        if (part.equals("docProps/app.xml")) {
            return "ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd";
        }
        if (part.startsWith("word/") && part.endsWith(".xml")) {
            return "driver-wml.xsd";
        }
        if (part.startsWith("xl/") && part.endsWith(".xml")) {
            return "ISO-IEC29500-4_2016/sml.xsd"; // the departments' forms
        }
        return null;
    }

    /** Every schema error of every XML part, as "part:line:column: message"; empty when all are valid. */
    public static List<String> errors(Map<String, String> parts) {
        List<String> errors = new ArrayList<>();
        for (var part : parts.entrySet()) {
            String schema = schemaFor(part.getKey());
            if (schema == null) {
                if (part.getKey().endsWith(".xml")) {
                    errors.add(part.getKey() + ": no schema for this part");
                }
                continue;
            }
            errors.addAll(errors(part.getKey(), part.getValue(), schema));
        }
        return errors;
    }

    /** Every schema error of every XML part of a package (a .docx, an .xlsx). */
    public static List<String> errors(byte[] zipPackage) throws Exception {
        return errors(TemplateTest.parts(zipPackage));
    }

    static List<String> errors(String partName, String xml, String schemaFile) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema(schemaFile).newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(partName + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            if (errors.isEmpty()) {
                errors.add(partName + ": " + e.getMessage());
            }
        }
        return errors;
    }

    private static Schema schema(String file) {
        return COMPILED.computeIfAbsent(file, f -> {
            URL url = OoxmlSchemas.class.getResource(ROOT + f);
            if (url == null) {
                throw new IllegalStateException("schema missing from the test resources: " + ROOT + f);
            }
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                // the schemas import each other by relative location; nothing is fetched from the network
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
                return factory.newSchema(url);
            } catch (Exception e) {
                throw new IllegalStateException("cannot compile " + f + ": " + e.getMessage(), e);
            }
        });
    }
}
