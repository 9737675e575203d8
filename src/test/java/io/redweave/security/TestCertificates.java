package io.redweave.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test certificate authority and server certificates, made with the JDK's {@code keytool}: a CA, a server key,
 * a certificate for {@code 127.0.0.1} and one for another host name (same key), the PEM files {@code redis-server}
 * reads, and a PKCS#12 trust store holding the CA for the client.
 *
 * @param dir        the folder holding every file
 * @param caPem      the CA certificate (PEM), for {@code --tls-ca-cert-file}
 * @param serverPem  the server certificate for IP {@code 127.0.0.1} (PEM), for {@code --tls-cert-file}
 * @param otherPem   a server certificate of the same key for {@code elsewhere.test} only (PEM)
 * @param serverKey  the server's private key (PKCS#8 PEM), for {@code --tls-key-file}
 * @param trustStore a PKCS#12 trust store with the CA, password {@link #STORE_PASSWORD}
 */
record TestCertificates(Path dir, Path caPem, Path serverPem, Path otherPem, Path serverKey, Path trustStore) {
    static final String STORE_PASSWORD = "changeit";

    /** Generates everything into {@code dir}. */
    static TestCertificates generate(Path dir) throws IOException, GeneralSecurityException {
        Path ca = dir.resolve("ca.p12");
        Path server = dir.resolve("server.p12");
        Path csr = dir.resolve("server.csr");
        TestCertificates files = new TestCertificates(dir, dir.resolve("ca.pem"), dir.resolve("server.pem"),
                dir.resolve("other.pem"), dir.resolve("server.key"), dir.resolve("truststore.p12"));
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=RedWeave Test CA", "-ext", "bc:c", "-keystore", ca.toString());
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=redis.test", "-keystore", server.toString());
        keytool("-certreq", "-alias", "server", "-keystore", server.toString(), "-file", csr.toString());
        keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-infile", csr.toString(), "-rfc",
                "-validity", "2", "-ext", "SAN=ip:127.0.0.1", "-outfile", files.serverPem().toString());
        keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-infile", csr.toString(), "-rfc",
                "-validity", "2", "-ext", "SAN=dns:elsewhere.test", "-outfile", files.otherPem().toString());
        keytool("-exportcert", "-alias", "ca", "-keystore", ca.toString(), "-rfc", "-file", files.caPem().toString());
        keytool("-importcert", "-noprompt", "-alias", "redweave-test-ca", "-file", files.caPem().toString(),
                "-keystore", files.trustStore().toString());
        writePrivateKey(server, files.serverKey());
        return files;
    }

    private static void writePrivateKey(Path keyStore, Path pem) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        Key key = store.getKey("server", STORE_PASSWORD.toCharArray());
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", STORE_PASSWORD));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        } finally {
            process.destroy();
        }
    }
}
