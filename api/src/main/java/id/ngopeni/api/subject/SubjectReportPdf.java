package id.ngopeni.api.subject;

import static id.ngopeni.api.subject.PdfWords.day;
import static id.ngopeni.api.subject.PdfWords.moment;
import static id.ngopeni.api.subject.PdfWords.orDash;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.subject.CorrectionRequest;
import id.ngopeni.domain.subject.Restriction;
import id.ngopeni.persistence.claim.StoredDocument;
import id.ngopeni.persistence.privacy.AccessRecord;
import id.ngopeni.persistence.worker.StoredWorker;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The subject's report as the PDF handed to the person, in Indonesian: the same sections as the
 * JSON ({@link SubjectReportJson}), numbered in order, each with "tidak ada" when empty, so the
 * person sees that nothing was left out. The sections from BPJS reconciliation, santunan events,
 * the decree's and the registry's processes and the audit trail are {@link SubjectReportPdfHistory}'s.
 */
final class SubjectReportPdf {
  private static final Map<String, String> KINDS = Map.of("REVEAL", "ditampilkan lengkap", "DETAIL", "dibuka",
      "LOOKUP", "dicari dengan NIK", "SEARCH", "daftar / pencarian", "EXPORT", "ekspor", "DOWNLOAD", "unduhan dokumen");
  private static final Map<String, String> PURPOSES = Map.of("VERIFICATION", "verifikasi identitas", "CLAIM_FILING",
      "pengajuan klaim", "BPJS_REGISTRATION", "pendaftaran BPJS", "PAYOUT", "pembayaran", "CORRECTION", "koreksi data",
      "SUBJECT_REQUEST", "permintaan subjek data");

  private SubjectReportPdf() {}

  static byte[] of(SubjectReport r) {
    PdfText pdf = new PdfText();
    StoredWorker w = r.worker();
    pdf.title("LAPORAN DATA PRIBADI SUBJEK DATA")
        .text("Menurut Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (hak akses, Pasal 7).")
        .text("Dibuat " + moment(r.generatedAt()) + " oleh " + r.generatedBy() + " (" + r.generatedByRole()
            + ") atas permintaan subjek data. Permintaan ini tercatat di log akses dan jejak audit.");

    pdf.section("Data registrasi")
        .text("NIK: " + w.nik()).text("Nama lengkap: " + w.fullName())
        .text("Tanggal lahir: " + day(w.birthDate()))
        .text("Jenis kelamin: " + ("F".equals(w.sex()) ? "Perempuan" : "Laki-laki"))
        .text("Kelurahan: " + w.kelurahanCode() + " (kecamatan " + w.kecamatanCode() + ")")
        .text("Kategori pekerjaan: " + w.category()).text("Telepon: " + orDash(w.phone()))
        .text("Alamat: " + orDash(w.address()))
        .text("Terdaftar sejak " + moment(w.createdAt()) + "; terakhir diubah " + moment(w.updatedAt()) + ".")
        .text("Pembatasan pemrosesan: " + (r.restricted() ? "BERLAKU" : "tidak berlaku") + ".");

    pdf.section("Ahli waris");
    pdf.each(r.heirs(), h -> pdf.text(h.fullName() + " — " + h.relationship().name() + " (kelas " + h.priorityClass()
        + "), NIK " + orDash(Masks.nik(h.nik())) + (h.birthDate() == null ? "" : ", lahir " + day(h.birthDate()))));
    pdf.note("NIK ahli waris disamarkan: data itu milik orang lain.");

    pdf.section("Kepesertaan BPJS Ketenagakerjaan");
    pdf.each(r.memberships(), s -> {
      var m = s.membership();
      pdf.text(m.programs().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + " — sumber dana "
          + m.fundingSource().name() + " — " + m.status().name() + ", mulai " + day(m.startDate())
          + (m.endDate() == null ? "" : " sampai " + day(m.endDate())) + " — upah dilaporkan " + m.declaredIncome()
          + (s.kpj() == null ? "" : " — KPJ " + s.kpj()));
    });

    pdf.section("Tagihan iuran bulanan");
    pdf.each(r.invoiceLines(), l -> pdf.text(PdfWords.month(l.period()) + " — sumber dana " + l.fundingSource() + " — "
        + String.join(", ", l.programs().stream().sorted().toList()) + " — iuran " + Rupiah.of(l.amount()) + " — "
        + ("PAID".equals(l.invoiceStatus()) ? "lunas" : "belum dibayar") + " — atas nama " + l.fullName()
        + ", kelurahan " + l.kelurahanCode()));
    pdf.note("Setiap baris tagihan menyimpan nama, kelurahan, dan NIK sebagaimana tercatat saat tagihan dibuat.");

    SubjectReportPdfHistory.bpjs(pdf, r.benefits());

    pdf.section("Klaim dan penanganan kasus");
    pdf.each(r.claims(), f -> {
      var c = f.claim();
      var handOver = c.progress().handOver();
      pdf.text(c.claim().type().name() + " — kejadian " + day(c.claim().incidentDate()) + " — status "
          + c.claim().status().name() + " — hak menurut peraturan " + c.entitlement().total());
      if (handOver != null) {
        pdf.detail("Diserahkan ke BPJS " + handOver.branch() + " pada " + day(handOver.handedOverOn()) + ", nomor kasus "
            + handOver.caseNumber() + "; dibayar BPJS " + c.progress().paidTotal() + ".");
      }
      if (f.documents().isEmpty()) {
        pdf.detail("Dokumen: tidak ada.");
      }
      f.documents().forEach(d -> pdf.detail("Dokumen: " + document(d)));
    });
    pdf.note("Dokumen dicantumkan tanpa isinya: jenis, format, ukuran, tanggal unggah, dan sidik SHA-256.");

    SubjectReportPdfHistory.santunanEvents(pdf, r.benefits());

    pdf.section("Pembayaran santunan");
    pdf.each(r.payouts(), s -> {
      var p = s.payout();
      pdf.text(p.amount() + " — " + p.status().name() + " — kepada " + s.heirName() + " — rekening "
          + p.account().bank().code() + " " + Masks.accountNumber(p.account().number()) + " — dibuat "
          + moment(p.createdAt()));
    });

    SubjectReportPdfHistory.death(pdf, r.benefits());

    pdf.section("DTSEN");
    pdf.text(r.decile().map(d -> "Desil " + d.decile() + " menurut ekstrak " + day(d.extractDate()) + ".")
        .orElse("Tidak tercantum dalam ekstrak DTSEN mana pun."));

    pdf.section("SK penerima bantuan iuran");
    pdf.each(r.decrees(), d -> pdf.text("SK " + d.number() + " (" + d.fundingSource() + " " + d.year() + ", "
        + day(d.decreeDate()) + ")" + (d.exception() != null ? ": pengecualian — " + d.exception()
            : d.removedAt() != null ? ": dikeluarkan " + moment(d.removedAt()) : ": penerima")));

    SubjectReportPdfHistory.registry(pdf, r.registry());

    pdf.section("Permintaan pembatasan dan koreksi");
    if (r.restrictions().isEmpty() && r.corrections().isEmpty()) {
      pdf.text(PdfText.NONE);
    }
    r.restrictions().forEach(s -> pdf.text(restriction(s.restriction())));
    r.corrections().forEach(s -> pdf.text(correction(s.correction())));

    SubjectReportPdfHistory.auditTrail(pdf, r);

    pdf.section("Riwayat akses data pribadi");
    pdf.each(r.accessLog(), a -> pdf.text(access(a)));
    if (r.accessLogTruncated()) {
      pdf.note("Hanya " + r.accessLog().size() + " akses terbaru yang dicantumkan; catatan yang lebih lama tetap disimpan.");
    }
    return pdf.bytes();
  }

  private static String document(StoredDocument d) {
    return d.kind().label() + " (" + d.contentType() + ", " + d.size() + " bita, diunggah " + moment(d.uploadedAt())
        + "), SHA-256 " + d.sha256();
  }

  private static String restriction(Restriction r) {
    return "Pembatasan pemrosesan — diminta " + moment(r.requestedAt()) + ", batas waktu " + moment(r.dueBy()) + " — "
        + r.status().name() + (r.appliedAt() == null ? "" : ", berlaku sejak " + moment(r.appliedAt()))
        + (r.liftedAt() == null ? "" : ", dicabut " + moment(r.liftedAt()) + ": " + r.liftReason())
        + " — alasan: " + r.reason();
  }

  private static String correction(CorrectionRequest c) {
    return "Koreksi " + c.field().wire() + " menjadi \"" + c.requestedValue() + "\" — diminta " + moment(c.requestedAt())
        + ", batas waktu " + moment(c.dueBy()) + " — " + c.status().name() + (c.note() == null ? "" : ": " + c.note());
  }

  private static String access(AccessRecord a) {
    String fields = a.fields().isEmpty() ? "-" : String.join(", ", a.fields());
    return moment(a.at()) + " — " + orDash(a.username()) + " (" + a.role() + ") — "
        + KINDS.getOrDefault(a.kind(), a.kind()) + " — data: " + fields
        + (a.purpose() == null ? "" : " — tujuan: " + PURPOSES.getOrDefault(a.purpose(), a.purpose()));
  }
}
