import java.sql.DriverManager;

/** Creates (or re-enables) an ADMIN for a benchmark run, with an Argon2id hash made the server's way. */
public class MakeUser {
  public static void main(String[] a) throws Exception {
    String host = a[0], port = a[1], user = a[2], db = a[3], username = a[4], password = a[5];
    var vertx = io.vertx.core.Vertx.vertx();
    try {
      String hash = new id.ngopeni.api.platform.PasswordHasher(vertx).hash(password).await();
      try (var c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + db, user, "");
          var st = c.prepareStatement("INSERT INTO app_user (id, username, password_hash, role) VALUES (?, ?, ?, 'ADMIN')")) {
        st.setObject(1, java.util.UUID.randomUUID());
        st.setString(2, username);
        st.setString(3, hash);
        st.executeUpdate();
      }
    } finally {
      vertx.close().await();
    }
  }
}
