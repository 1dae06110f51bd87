package id.ngopeni.api.subject;

import static id.ngopeni.api.subject.PdfWords.day;
import static id.ngopeni.api.subject.PdfWords.moment;
import static id.ngopeni.api.subject.PdfWords.month;
import static id.ngopeni.api.subject.PdfWords.orDash;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.persistence.subject.SubjectBenefits;
import id.ngopeni.persistence.subject.SubjectRegistryHistory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report's sections from BPJS reconciliation, santunan events, a recorded death, the decree's
 * and the registry's processes and the audit trail, in Indonesian, numbered in their place by
 * {@link SubjectReportPdf}. Nothing of another person: a duplicate review found from another
 * registration is shown without its texts, an audit entry without its states.
 */
final class SubjectReportPdfHistory {
  private static final Map<String, String> DIFFERENCES = Map.of("BILLED_NOT_INVOICED",
      "ditagih BPJS, tidak ada di tagihan kota", "NOT_AT_BPJS", "ada di tagihan kota, tidak ditagih BPJS",
      "INACTIVE_AT_BPJS", "tidak aktif di BPJS", "AMOUNT_DIFFERS", "jumlah berbeda", "BILLED_AFTER_DEATH",
      "ditagih setelah meninggal", "COVERED_TWICE", "terdaftar juga di kepesertaan lain");
  private static final Map<String, String> ACTIONS = Map.of("FIX", "data kota dibetulkan", "ACCEPT",
      "angka BPJS diterima", "END_MEMBERSHIP", "kepesertaan diakhiri");

  private SubjectReportPdfHistory() {}

  /** Differences BPJS's bill showed on the person, then the refunds due for premiums paid after their death. */
  static void bpjs(PdfText pdf, SubjectBenefits b) {
    pdf.section("Rekonsiliasi tagihan BPJS: selisih");
    pdf.each(b.differences(), d -> pdf.text(month(d.period()) + " — " + DIFFERENCES.getOrDefault(d.kind(), d.kind())
        + " — sumber dana " + orDash(d.fundingSource()) + " — tagihan kota " + Rupiah.of(d.cityAmount())
        + ", tagihan BPJS " + Rupiah.of(d.bpjsAmount()) + (d.detail() == null ? "" : " (" + d.detail() + ")")
        + (d.action() == null ? " — belum diputuskan"
            : " — diputuskan " + moment(d.resolvedAt()) + ": " + ACTIONS.getOrDefault(d.action(), d.action())
                + ", dibayar " + Rupiah.of(d.amountToPay()) + (d.reason() == null ? "" : "; alasan: " + d.reason()))));

    pdf.section("Pengembalian iuran oleh BPJS");
    pdf.each(b.refunds(), f -> pdf.text(month(f.period()) + " — sumber dana " + f.fundingSource() + " — "
        + Rupiah.of(f.amount()) + " — " + ("RECEIVED".equals(f.status())
            ? "diterima " + day(f.receivedOn()) + (f.reference() == null ? "" : ", referensi " + f.reference())
            : "belum diterima")));
    pdf.note("Iuran yang dibayarkan untuk bulan setelah kematian dikembalikan BPJS kepada pembayar iuran.");
  }

  static void santunanEvents(PdfText pdf, SubjectBenefits b) {
    pdf.section("Kejadian santunan daerah");
    pdf.each(b.santunanEvents(), e -> {
      pdf.text(e.kind() + " — tanggal kejadian " + day(e.eventDate()) + " — dicatat " + moment(e.createdAt())
          + " — bukti: " + e.proofNote());
      pdf.detail(e.entitlements().isEmpty() ? "Hak santunan: tidak ada."
          : "Hak santunan: " + e.entitlements().stream().map(x -> x.programme() + " " + Rupiah.of(x.amount()))
              .collect(Collectors.joining("; ")) + ".");
    });
  }

  static void death(PdfText pdf, SubjectBenefits b) {
    pdf.section("Kematian tercatat");
    pdf.text(b.death().map(d -> "Meninggal " + day(d.deathDate()) + " — dicatat " + moment(d.recordedAt()) + " dari "
        + ("CLAIM".equals(d.source()) ? "klaim" : "registrasi") + ".").orElse(PdfText.NONE));
  }

  /** Decree changes, re-verifications, then duplicate reviews and the removal of the registration. */
  static void registry(PdfText pdf, SubjectRegistryHistory g) {
    pdf.section("Perubahan SK penerima");
    pdf.each(g.decreeChanges(), c -> pdf.text(("ADD".equals(c.kind()) ? "Penambahan ke" : "Pengeluaran dari") + " SK "
        + c.decreeNumber() + " (" + c.fundingSource() + " " + c.year() + ") — alasan " + c.reason()
        + (c.note() == null ? "" : " (" + c.note() + ")") + " — diajukan " + moment(c.createdAt()) + " — " + c.status()
        + (c.decidedAt() == null ? "" : " " + moment(c.decidedAt()))
        + (c.decisionNote() == null ? "" : ": " + c.decisionNote())));

    pdf.section("Verifikasi ulang penerima");
    pdf.each(g.reverifications(), v -> pdf.text("SK " + v.decreeNumber() + " (" + v.fundingSource() + " " + v.year()
        + ") — diperiksa " + moment(v.checkedAt()) + " — " + (v.reasons().isEmpty() ? "lolos verifikasi ulang"
            : "tidak lolos: " + String.join(", ", v.reasons()))));

    pdf.section("Pemeriksaan data ganda dan penghapusan pendaftaran");
    List<SubjectRegistryHistory.DuplicateReview> reviews = g.duplicateReviews();
    if (reviews.isEmpty() && g.removal().isEmpty()) {
      pdf.text(PdfText.NONE);
    }
    reviews.forEach(d -> pdf.text(("SUBJECT".equals(d.role()) ? "Pendaftaran ini diperiksa sebagai kemungkinan data ganda"
        : "Pendaftaran lain dinilai sebagai data ganda dari pendaftaran ini") + " — dibuka " + moment(d.openedAt())
        + " — " + d.status() + (d.resolvedAt() == null ? "" : " " + moment(d.resolvedAt()))
        + (d.reason() == null ? "" : " — alasan disimpan: " + d.reason())
        + (d.note() == null ? "" : " — catatan: " + d.note())));
    g.removal().ifPresent(x -> pdf.text("Pendaftaran dihapus " + moment(x.removedAt()) + " — "
        + ("DUPLICATE".equals(x.reason()) ? "digabung sebagai data ganda" : "dihapus") + "."));
  }

  static void auditTrail(PdfText pdf, SubjectReport r) {
    pdf.section("Riwayat perubahan data (jejak audit)");
    pdf.each(r.auditTrail(), a -> pdf.text(moment(a.entry().occurredAt()) + " — " + a.entry().action() + " — "
        + orDash(a.actorName()) + " (" + orDash(a.entry().actorRole()) + ")"));
    pdf.note("Isi sebelum dan sesudah setiap perubahan tidak dicantumkan: dapat memuat data orang lain (ahli waris).");
    if (r.auditTrailTruncated()) {
      pdf.note("Hanya " + r.auditTrail().size() + " catatan terbaru yang dicantumkan; catatan yang lebih lama tetap disimpan.");
    }
  }
}
