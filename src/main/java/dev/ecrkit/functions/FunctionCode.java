package dev.ecrkit.functions;

import com.pulumi.asset.Archive;
import com.pulumi.asset.AssetArchive;
import com.pulumi.asset.StringAsset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of one ecrkit Lambda function: a Python module shipped on the classpath under {@value #RESOURCE_DIRECTORY}
 * (so the library jar carries it), deployed as an archive with exactly one file, {@code <module>.py}, whose text is
 * the module's. The archive is built from the text alone (no timestamps, no file system), so the same code always
 * gives the same archive and a code change always changes it, which makes Pulumi update the function. See
 * {@code docs/functions.md}.
 */
public final class FunctionCode {
    /**
     * The Lambda runtime of every ecrkit function: Python 3.12, a supported runtime (AWS Security Hub Lambda.2,
     * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). The functions use the standard library and
     * the boto3 this runtime provides, so nothing is vendored.
     */
    public static final String RUNTIME = "python3.12";
    /** Where the modules live on the classpath. */
    public static final String RESOURCE_DIRECTORY = "dev/ecrkit/functions/";
    /** The entry point every module defines: {@code def handler(event, context)}. */
    public static final String HANDLER_FUNCTION = "handler";
    /** A module name: a Python identifier in lowercase. */
    public static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final String module;
    private final String source;

    private FunctionCode(String module, String source) {
        this.module = module;
        this.source = source;
    }

    /** The module {@code dev/ecrkit/functions/<module>.py} from the classpath; throws when it is missing. */
    public static FunctionCode of(String module) {
        Objects.requireNonNull(module, "module");
        if (!MODULE_NAME.matcher(module).matches()) {
            throw new IllegalArgumentException("module: must match " + MODULE_NAME.pattern() + ", got \"" + module + "\"");
        }
        String path = RESOURCE_DIRECTORY + module + ".py";
        try (InputStream in = FunctionCode.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("function code " + path + " is not on the classpath");
            }
            return new FunctionCode(module, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The module name. */
    public String module() {
        return module;
    }

    /** The file name inside the archive: {@code <module>.py}. */
    public String fileName() {
        return module + ".py";
    }

    /** The Lambda handler: {@code <module>.handler}. */
    public String handler() {
        return module + "." + HANDLER_FUNCTION;
    }

    /** The module's text. */
    public String source() {
        return source;
    }

    /** SHA-256 of the module's text (UTF-8), lowercase hex: identifies the code version. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The deployment archive: one entry, {@link #fileName()}, with the module's text. */
    public Archive archive() {
        return new AssetArchive(Map.of(fileName(), new StringAsset(source)));
    }
}
