package id.ngopeni.api.demo.synthetic;

import id.ngopeni.domain.worker.Sex;
import java.util.List;
import java.util.Random;

/**
 * Plausible names of (mostly Javanese, mostly Muslim) people in Malang. Titles and the many
 * spellings of Muhammad appear on purpose: they are what duplicate detection must see through.
 */
final class IndonesianNames {
  private static final List<String> MEN =
      words(
          """
  Ahmad Agus Budi Slamet Sugeng Joko Bambang Eko Dwi Hadi Sutrisno Suparman Samsul Imam
  Abdul Rahmat Yusuf Arif Hari Wahyu Heru Supriyadi Sumarno Ngatimin Kasiman Misdi Solikin
  Nur Syaiful Zainal Fauzi Hasan Rudi Sutikno Mulyono Didik Teguh Gatot Mujiono Sholeh
  Khoirul Achmad Lukman Yudi Rofiq
""");
  private static final List<String> MEN_SECOND =
      words(
          """
            Santoso Hidayat Prasetyo Wibowo Susanto Setiawan Hariyanto Purnomo Kurniawan Saputra
            Rohman Hakim Arifin Ma'ruf Sholeh Anwar Effendi Sudarsono Wijaya Fauzi Rochim Syafi'i
            Mustofa Hasyim Ridwan Basuki Soeprapto Djunaedi
          """);
  private static final List<String> MUHAMMAD =
      words("Muhammad Muhammad Moch. Moh. Mochammad Mohammad M. Muhamad");
  private static final List<String> WOMEN =
      words(
          """
            Siti Sri Endang Sumiati Tri Lilik Yuli Nur Dewi Rina Wahyuni Sulastri Suparmi Ngatini
            Kasiyem Tumini Musripah Khotijah Aminah Fatimah Umi Anik Ninik Hartini Puji Rukmini
            Kholifah Zulaikha Nurul Lestari Maimunah Indah Eni Sumarni
          """);
  private static final List<String> WOMEN_SECOND =
      words(
          """
            Rahayu Wahyuni Lestari Aminah Handayani Fatmawati Nurhayati Kusumawati Purwaningsih
            Maslikhah Mutmainah Khasanah Zubaidah Rohmah Susilowati Mardiyah Qomariyah Choiriyah
            Ni'mah
          """);

  private IndonesianNames() {}

  static String pick(Random random, Sex sex, int age, String category) {
    StringBuilder name = new StringBuilder();
    // The hajj is usually made later in life; the title goes in front of the name.
    if (age >= 40 && random.nextInt(100) < 15) {
      name.append(sex == Sex.M ? "H. " : "Hj. ");
    }
    if (sex == Sex.M) {
      boolean muhammad = random.nextInt(100) < 25;
      name.append(muhammad ? any(random, MUHAMMAD) + " " + any(random, MEN) : any(random, MEN));
      if (muhammad || random.nextInt(100) < 70) {
        name.append(' ').append(any(random, MEN_SECOND));
      }
    } else {
      name.append(any(random, WOMEN));
      if (random.nextInt(100) < 65) {
        name.append(' ').append(any(random, WOMEN_SECOND));
      }
    }
    // Quran teachers often hold an Islamic-education degree; the comma tests CSV quoting.
    if (category.equals("GURU_NGAJI") && random.nextInt(100) < 10) {
      name.append(", S.Pd.I.");
    }
    return name.toString();
  }

  /** Word lists are text blocks: one name per word, easy to extend and to read. */
  static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }

  static <T> T any(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
