package dev.ecrkit.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** components/ starts the entry point tested here, under the name the types use, with this version of the library. */
class ComponentsDirectoryTest {
    @Test
    void pluginManifest_namesThePackage_andTheJavaRuntime() throws Exception {
        Map<String, Object> manifest = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of("components/PulumiPlugin.yaml")));
        assertEquals(Map.of("name", PluginMain.NAME, "runtime", "java"), manifest);
    }

    @Test
    void pluginPom_startsPluginMain_ofTheLibraryVersionBuiltHere() throws Exception {
        Document plugin = xml(Path.of("components/pom.xml"));
        Document library = xml(Path.of("pom.xml"));
        assertEquals(PluginMain.class.getName(), property(plugin, "mainClass"));
        assertEquals(text(library.getDocumentElement(), "version"), property(plugin, "ecrkit.version"));
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static String property(Document pom, String name) {
        var properties = (Element) pom.getDocumentElement().getElementsByTagName("properties").item(0);
        return text(properties, name);
    }

    /** The text of the first direct child element named {@code name}. */
    private static String text(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
