package id.ngopeni.api.demo.synthetic;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Street addresses in the form Malang's registers use: street, number, RT/RW. */
final class MalangAddresses {
  private static final List<String> STREETS =
      lines(
          """
            Soekarno Hatta
            Ijen
            Kawi
            Veteran
            Gajayana
            MT Haryono
            Sumbersari
            Danau Toba
            Mayjen Panjaitan
            Letjen Sutoyo
            Ciliwung
            Borobudur
            Sulfat
            Kolonel Sugiono
            Janti
            Gadang
            Tlogomas
            Bendungan Sutami
            Raya Langsep
            Semeru
            Bromo
            Arjuno
            Kahuripan
            Basuki Rahmat
            Pattimura
            Hamid Rusdi
            Muharto
            Mergosono
            Kyai Tamin
            Laksamana Martadinata
          """);

  private MalangAddresses() {}

  private static List<String> lines(String text) {
    return text.strip().lines().map(String::strip).toList();
  }

  static String pick(Random random) {
    String street = "Jl. " + IndonesianNames.any(random, STREETS);
    if (random.nextInt(100) < 20) {
      street += " Gg. " + (1 + random.nextInt(9));
    }
    return String.format(
        Locale.ROOT,
        "%s No. %d, RT %03d/RW %03d",
        street,
        1 + random.nextInt(150),
        1 + random.nextInt(15),
        1 + random.nextInt(12));
  }
}
