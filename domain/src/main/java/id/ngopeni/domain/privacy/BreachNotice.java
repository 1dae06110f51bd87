package id.ngopeni.domain.privacy;

import id.ngopeni.domain.Jakarta;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The written notice of a breach, in Indonesian, to the people affected or to the supervisory
 * body. UU 27/2022 Pasal 46 ayat (2): the notice holds at least (a) the personal data exposed,
 * (b) when and how it was exposed, and (c) what the controller does to handle and recover from
 * it. The authority's notice adds the suspected source, how many people are affected (from the
 * access log) and whether the people were told. Times in WIB; no one's identifier or name.
 *
 * @param sourceUsername the suspected user's name, or null
 * @param subjectsNotifiedAt when the people were told, or null
 */
public record BreachNotice(UUID id, BreachIncident incident, long affected, String sourceUsername,
    Instant subjectsNotifiedAt) {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm 'WIB'", Locale.forLanguageTag("id")).withZone(Jakarta.ZONE);

  /** The incident's short number, as both notices and the console print it. */
  public static String number(UUID id) {
    return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** The notice's paragraphs: the first is its title; a paragraph starting "1. " heads a section. */
  public List<String> paragraphs(NoticeAddressee to) {
    List<String> p = new ArrayList<>();
    p.add("PEMBERITAHUAN KEGAGALAN PELINDUNGAN DATA PRIBADI");
    p.add("Nomor insiden: " + number(id));
    if (to == NoticeAddressee.SUBJECTS) {
      p.add("Kepada Yth. Bapak/Ibu peserta program perlindungan jaminan sosial ketenagakerjaan bagi pekerja rentan "
          + "dan ahli warisnya, selaku Subjek Data Pribadi.");
      p.add("Sesuai Pasal 46 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, kami memberitahukan "
          + "bahwa telah terjadi kegagalan pelindungan data pribadi yang menyangkut data Bapak/Ibu.");
    } else {
      p.add("Kepada Yth. Lembaga Penyelenggara Pelindungan Data Pribadi.");
      p.add("Perihal: pemberitahuan kegagalan pelindungan data pribadi sesuai Pasal 46 Undang-Undang Nomor 27 Tahun 2022 "
          + "tentang Pelindungan Data Pribadi.");
    }
    p.add("1. Data pribadi yang terungkap");
    p.add(kinds() + ".");
    p.add("2. Kapan dan bagaimana data terungkap");
    p.add(when() + (to == NoticeAddressee.AUTHORITY ? source() : "") + " " + incident.description());
    if (to == NoticeAddressee.AUTHORITY) {
      p.add("3. Subjek data pribadi yang terdampak");
      p.add(affected + " orang, dihitung dari log akses data pribadi: setiap orang yang datanya dibaca oleh sumber "
          + "tersebut dalam periode tersebut. " + (subjectsNotifiedAt == null
              ? "Pemberitahuan kepada mereka belum dikirim."
              : "Mereka telah diberi tahu pada " + WHEN.format(subjectsNotifiedAt) + "."));
    }
    p.add((to == NoticeAddressee.AUTHORITY ? "4" : "3") + ". Upaya penanganan dan pemulihan");
    p.add(incident.measures());
    if (to == NoticeAddressee.SUBJECTS) {
      p.add("Mohon waspadai telepon, pesan atau tautan yang mengatasnamakan pemerintah kota atau BPJS Ketenagakerjaan "
          + "dan meminta data pribadi, kode OTP atau uang: petugas kami tidak pernah memintanya. Bapak/Ibu berhak "
          + "mendapatkan akses dan salinan data pribadi tentang diri Bapak/Ibu beserta rekam jejak pemrosesannya.");
    } else {
      p.add("Batas waktu pemberitahuan 3 x 24 jam sejak diketahui: "
          + WHEN.format(new BreachClock(incident.discoveredAt()).dueBy()) + ".");
    }
    p.add("Hormat kami,");
    p.add("Pengendali Data Pribadi");
    p.add("( ........................................ )");
    return p;
  }

  /** The notice as plain text: paragraphs separated by an empty line. */
  public String text(NoticeAddressee to) {
    return String.join("\n\n", paragraphs(to)) + "\n";
  }

  private String kinds() {
    List<String> names = new ArrayList<>();
    for (PersonalField f : PersonalField.values()) {
      if (incident.dataKinds().contains(f)) {
        names.add(label(f));
      }
    }
    String s = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " dan " + names.get(names.size() - 1);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String label(PersonalField f) {
    return switch (f) {
      case NIK -> "NIK (Nomor Induk Kependudukan)";
      case NAME -> "nama";
      case BIRTH_DATE -> "tanggal lahir";
      case ADDRESS -> "alamat";
      case PHONE -> "nomor telepon";
      case HEIR_NIK -> "NIK ahli waris";
      case HEIR_NAME -> "nama ahli waris";
      case BANK_ACCOUNT -> "nomor rekening bank";
      case DOCUMENT -> "dokumen pendukung (KTP, kartu keluarga, akta, buku tabungan)";
      case MEMBERSHIP -> "data kepesertaan BPJS Ketenagakerjaan (nomor peserta/KPJ, penghasilan yang dilaporkan)";
      case CLAIM -> "data klaim (kejadian, cedera atau penyakit, biaya pengobatan, manfaat)";
    };
  }

  private String when() {
    String s = "Kegagalan ini diketahui pada " + WHEN.format(incident.discoveredAt()) + ".";
    if (incident.sourceFrom() != null && incident.sourceTo() != null) {
      s += " Perkiraan waktu kejadian: " + WHEN.format(incident.sourceFrom()) + " sampai " + WHEN.format(incident.sourceTo()) + ".";
    } else if (incident.sourceFrom() != null) {
      s += " Perkiraan waktu kejadian: sejak " + WHEN.format(incident.sourceFrom()) + ".";
    } else if (incident.sourceTo() != null) {
      s += " Perkiraan waktu kejadian: sampai " + WHEN.format(incident.sourceTo()) + ".";
    }
    return s;
  }

  private String source() {
    List<String> parts = new ArrayList<>();
    if (incident.sourceUserId() != null) {
      parts.add("akun pengguna " + (sourceUsername == null ? incident.sourceUserId() : sourceUsername));
    }
    if (incident.sourceIp() != null) {
      parts.add("alamat IP " + incident.sourceIp());
    }
    return parts.isEmpty() ? "" : " Dugaan sumber: " + String.join(", ", parts) + ".";
  }
}
