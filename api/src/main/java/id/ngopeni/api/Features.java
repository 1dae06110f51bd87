package id.ngopeni.api;

import id.ngopeni.api.audit.AuditCheckpoints;
import id.ngopeni.api.audit.AuditRoutes;
import id.ngopeni.api.auth.JwtKeys;
import id.ngopeni.api.audit.AuditService;
import id.ngopeni.api.budget.BudgetLedger;
import id.ngopeni.api.budget.BudgetRoutes;
import id.ngopeni.api.budget.EarmarkRoutes;
import id.ngopeni.api.budget.EarmarkService;
import id.ngopeni.api.budget.BudgetService;
import id.ngopeni.api.calendar.HolidayRoutes;
import id.ngopeni.api.calendar.HolidayService;
import id.ngopeni.api.calendar.ServiceDurationRoutes;
import id.ngopeni.api.calendar.ServiceDurationService;
import id.ngopeni.api.claim.ClaimAccess;
import id.ngopeni.api.claim.ClaimCaseRoutes;
import id.ngopeni.api.claim.ClaimCaseService;
import id.ngopeni.api.claim.ClaimReads;
import id.ngopeni.api.claim.ClaimCases;
import id.ngopeni.api.claim.ClaimRoutes;
import id.ngopeni.api.claim.ClaimService;
import id.ngopeni.api.claim.DocumentRoutes;
import id.ngopeni.api.claim.DocumentService;
import id.ngopeni.api.coverage.CoverageRoutes;
import id.ngopeni.api.coverage.CoverageService;
import id.ngopeni.api.demo.DemoData;
import id.ngopeni.api.bpjs.DeathRoutes;
import id.ngopeni.api.bpjs.DeathService;
import id.ngopeni.api.bpjs.DifferenceService;
import id.ngopeni.api.bpjs.OverpaymentService;
import id.ngopeni.api.bpjs.RefundService;
import id.ngopeni.api.bpjs.ReconciliationRoutes;
import id.ngopeni.api.bpjs.ReconciliationService;
import id.ngopeni.api.bpjs.RegistrationRoutes;
import id.ngopeni.api.bpjs.RegistrationService;
import id.ngopeni.api.decree.DecreeChangeRoutes;
import id.ngopeni.api.decree.DecreeChangeService;
import id.ngopeni.api.decree.DecreeRoutes;
import id.ngopeni.api.decree.DecreeService;
import id.ngopeni.api.decree.ReverificationService;
import id.ngopeni.api.dtsen.DtsenRoutes;
import id.ngopeni.api.dtsen.DtsenService;
import id.ngopeni.api.dtsen.TargetingRoutes;
import id.ngopeni.api.dtsen.TargetingService;
import id.ngopeni.api.invoice.InvoiceGeneration;
import id.ngopeni.api.invoice.InvoiceRoutes;
import id.ngopeni.api.invoice.InvoiceRunPoller;
import id.ngopeni.api.invoice.InvoiceRunner;
import id.ngopeni.api.invoice.InvoiceService;
import id.ngopeni.api.membership.EnrolmentChecks;
import id.ngopeni.api.worker.ImportDuplicateCheck;
import id.ngopeni.api.membership.MembershipRoutes;
import id.ngopeni.api.membership.MembershipService;
import id.ngopeni.api.payout.BatchRoutes;
import id.ngopeni.api.payout.BatchService;
import id.ngopeni.api.payout.PayoutReads;
import id.ngopeni.api.payout.BatchReads;
import id.ngopeni.api.payout.PayoutRoutes;
import id.ngopeni.api.payout.PayoutService;
import id.ngopeni.api.santunan.ProgrammeService;
import id.ngopeni.api.santunan.SantunanEventService;
import id.ngopeni.api.santunan.SantunanRoutes;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.ClientAddress;
import id.ngopeni.api.privacy.AccessLogRoutes;
import id.ngopeni.api.privacy.AccessLogService;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.subject.CorrectionService;
import id.ngopeni.api.subject.RestrictionService;
import id.ngopeni.api.subject.SubjectReportService;
import id.ngopeni.api.subject.SubjectRoutes;
import id.ngopeni.persistence.subject.CorrectionRepository;
import id.ngopeni.persistence.subject.RestrictionRepository;
import id.ngopeni.persistence.subject.SubjectBenefitRepository;
import id.ngopeni.persistence.subject.SubjectRegistryRepository;
import id.ngopeni.persistence.subject.SubjectRepository;
import id.ngopeni.api.privacy.RetentionSettings;
import id.ngopeni.persistence.privacy.RetentionPeriodStore;
import id.ngopeni.domain.privacy.UnusualReads;
import id.ngopeni.persistence.privacy.AccessLogRepository;
import id.ngopeni.api.report.ReportRoutes;
import id.ngopeni.api.report.ReportService;
import id.ngopeni.persistence.audit.AuditSearch;
import id.ngopeni.persistence.report.ReportRepository;
import id.ngopeni.api.tariff.TariffRoutes;
import id.ngopeni.api.tariff.TariffService;
import id.ngopeni.api.user.RoleGrantService;
import id.ngopeni.api.user.UserRoutes;
import id.ngopeni.api.user.UserService;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.user.PasswordPolicy;
import id.ngopeni.persistence.auth.RefreshTokenRepository;
import id.ngopeni.persistence.budget.BudgetRepository;
import id.ngopeni.persistence.budget.EarmarkRepository;
import id.ngopeni.persistence.calendar.CalendarRepository;
import id.ngopeni.persistence.claim.ClaimCaseRepository;
import id.ngopeni.persistence.claim.ClaimDocumentRepository;
import id.ngopeni.persistence.claim.ClaimFactsRepository;
import id.ngopeni.persistence.claim.ClaimRepository;
import id.ngopeni.persistence.coverage.CoverageRepository;
import id.ngopeni.persistence.coverage.CoverageTrendRepository;
import id.ngopeni.persistence.decree.DecreeChangeRepository;
import id.ngopeni.persistence.decree.DecreeRepository;
import id.ngopeni.persistence.decree.ReverificationRepository;
import id.ngopeni.persistence.dtsen.DtsenRepository;
import id.ngopeni.persistence.dtsen.TargetingRepository;
import id.ngopeni.persistence.bpjs.DeathRepository;
import id.ngopeni.persistence.bpjs.DifferenceRepository;
import id.ngopeni.persistence.bpjs.OverpaymentRepository;
import id.ngopeni.persistence.bpjs.ReconciliationRepository;
import id.ngopeni.persistence.bpjs.RegistrationRepository;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import id.ngopeni.persistence.invoice.InvoiceRunRepository;
import id.ngopeni.persistence.membership.MembershipRepository;
import id.ngopeni.persistence.payout.PayoutBatchRepository;
import id.ngopeni.persistence.payout.PayoutRepository;
import id.ngopeni.persistence.santunan.ProgrammeRepository;
import id.ngopeni.persistence.santunan.SantunanEventRepository;
import id.ngopeni.persistence.worker.HeirRepository;
import id.ngopeni.persistence.reference.ReferenceRepository;
import id.ngopeni.persistence.worker.DuplicateReviewRepository;
import id.ngopeni.persistence.worker.importing.ImportDuplicateRepository;
import id.ngopeni.persistence.worker.WorkerRepository;
import id.ngopeni.persistence.tariff.TariffRepository;
import id.ngopeni.persistence.user.RoleGrantRepository;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The wiring room: builds every capability's repositories, services and routes once per
 * instance, in mounting order. No feature package builds another's parts; this is the only
 * class that knows them all (docs/ARCHITECTURE.md).
 */
final class Features {
  private Features() {}

  /** How often an instance signs the audit chain's head into the checkpoint file (also once at start). */
  private static final long CHECKPOINT_MS = 60 * 60 * 1000L;
  /** How often an instance checks whether a new month is to be folded into the coverage total. */
  private static final long FOLD_MS = 60 * 60 * 1000L;

  static List<Feature> build(AppContext context, UserRepository users, RefreshTokenRepository refreshTokens,
      PasswordPolicy passwords, JwtKeys keys, RetentionSettings retention, List<RetentionPeriodStore.Change> periodChanges) {
    List<Feature> features = new ArrayList<>();
    RoleGrantRepository grants = new RoleGrantRepository();
    features.add(new UserRoutes(new UserService(context, users, refreshTokens, passwords, grants),
        new RoleGrantService(context, grants, users, refreshTokens)));
    AccessLogRepository accessLog = new AccessLogRepository(context.crypto().index());
    ReadRecorder recorder = new ReadRecorder(context.reads(), context.clock(), accessLog,
        new ClientAddress(context.config().trustedProxies()));
    features.add(new AuditRoutes(audit(context, keys, recorder), recorder));
    features.add(new AccessLogRoutes(new AccessLogService(context.pool(), accessLog, UnusualReads.DEFAULT), context.clock()));
    PrivacyFeatures.add(context, features, recorder, users, retention, periodChanges);
    WorkerFeatures.add(context, features, recorder);
    money(context, features, recorder);
    claimsAndPayouts(context, features, recorder);
    bpjs(context, features, recorder);
    reports(context, features, recorder);
    subjectRights(context, features, recorder, accessLog);
    return features;
  }

  /** A data subject's rights (UU 27/2022): their report, restriction of processing, correction requests. */
  private static void subjectRights(AppContext context, List<Feature> features, ReadRecorder recorder,
      AccessLogRepository accessLog) {
    WorkerRepository workers = new WorkerRepository(context.crypto());
    features.add(new SubjectRoutes(
        new SubjectReportService(context, workers, new HeirRepository(context.crypto()), new MembershipRepository(),
            new ClaimRepository(), new ClaimDocumentRepository(context.crypto().cipher()),
            new PayoutRepository(context.crypto()), new DtsenRepository(context.crypto().index()), new SubjectRepository(),
            new SubjectBenefitRepository(), new SubjectRegistryRepository(), new RestrictionRepository(),
            new CorrectionRepository(), new AuditSearch(), accessLog, recorder),
        new RestrictionService(context, workers, new RestrictionRepository(), recorder),
        new CorrectionService(context, workers, new CorrectionRepository(), recorder), recorder, context.clock()));
  }

  /** The audit trail's reading and checking, and this instance's signed checkpoints of its head. */
  private static AuditService audit(AppContext context, JwtKeys keys, ReadRecorder recorder) {
    AuditService audit = new AuditService(context.pool(), context.audit(),
        new AuditCheckpoints(context.vertx(), context.config().dataDir(), keys, context.clock()), new AuditSearch(),
        new WorkerRepository(context.crypto()), recorder, context.clock());
    Runnable checkpoint = () -> audit.checkpoint()
        .onFailure(e -> LoggerFactory.getLogger(Features.class).warn("Audit checkpoint not written: {}", e.toString()));
    checkpoint.run();
    context.vertx().setPeriodic(CHECKPOINT_MS, id -> checkpoint.run());
    return audit;
  }

  /** Tariffs, memberships, budgets, premium invoices and coverage; the demo data set under --demo. */
  private static void money(AppContext context, List<Feature> features, ReadRecorder recorder) {
    MembershipPolicy policy = MembershipPolicy.DEFAULT;
    TariffRepository tariffs = new TariffRepository();
    MembershipRepository memberships = new MembershipRepository();
    BudgetRepository budgets = new BudgetRepository();
    InvoiceRepository invoices = new InvoiceRepository(context.crypto());
    BudgetLedger ledger = new BudgetLedger(budgets, policy);
    InvoiceGeneration generation = new InvoiceGeneration(context, invoices, memberships, tariffs, policy);
    features.add(new TariffRoutes(new TariffService(context, tariffs)));
    DtsenRepository deciles = new DtsenRepository(context.crypto().index());
    EarmarkRepository earmarks = new EarmarkRepository();
    DecreeRepository decrees = new DecreeRepository(context.crypto().cipher());
    features.add(new EarmarkRoutes(new EarmarkService(context, earmarks, new ReferenceRepository())));
    DuplicateReviewRepository reviews = new DuplicateReviewRepository(new WorkerRepository(context.crypto()));
    features.add(new MembershipRoutes(new MembershipService(context, memberships, tariffs, budgets, ledger, policy,
        new EnrolmentChecks(decrees, deciles, earmarks, new RestrictionRepository(), reviews),
        new ImportDuplicateCheck(context, new ImportDuplicateRepository(context.crypto()), reviews), recorder), recorder));
    features.add(new BudgetRoutes(new BudgetService(context, budgets, tariffs, ledger)));
    InvoiceRunRepository runs = new InvoiceRunRepository();
    InvoiceRunPoller poller = new InvoiceRunPoller(new InvoiceRunner(context.pool(), runs, generation),
        InvoiceRunPoller.POLL_MILLIS);
    context.vertx().deployVerticle(poller).await();
    features.add(new InvoiceRoutes(new InvoiceService(context, invoices, generation, runs, poller, recorder), recorder));
    CoverageService coverage = new CoverageService(context, new CoverageRepository(), new CoverageTrendRepository(), tariffs, policy);
    features.add(new CoverageRoutes(coverage));
    Runnable fold = () -> coverage.foldToThisMonth()
        .onFailure(e -> LoggerFactory.getLogger(Features.class).warn("Coverage total not folded: {}", e.toString()));
    fold.run();
    context.vertx().setPeriodic(FOLD_MS, id -> fold.run());
    features.add(new DtsenRoutes(new DtsenService(context, deciles), context.config().dataDir().resolve("uploads"),
        context.clock()));
    features.add(new TargetingRoutes(new TargetingService(context, new TargetingRepository(context.crypto().cipher()), deciles,
        recorder), recorder));
    ReverificationRepository reverifications = new ReverificationRepository(context.crypto().cipher());
    features.add(new DecreeRoutes(new DecreeService(context, decrees, reverifications, new RestrictionRepository(), recorder),
        new ReverificationService(context, decrees, reverifications, recorder), context.vertx(), recorder));
    features.add(new DecreeChangeRoutes(new DecreeChangeService(context, decrees, new DecreeChangeRepository(), recorder),
        recorder));
    if (context.config().demo()) {
      DemoData.scheduleAfterStart(context, generation);
    }
  }

  /** Claims and their documents; the city's santunan programmes, events, payouts and disbursement batches. */
  private static void claimsAndPayouts(AppContext context, List<Feature> features, ReadRecorder recorder) {
    ClaimRepository claims = new ClaimRepository();
    ClaimFactsRepository facts = new ClaimFactsRepository();
    ClaimDocumentRepository documents = new ClaimDocumentRepository(context.crypto().cipher());
    PayoutRepository payouts = new PayoutRepository(context.crypto());
    ClaimAccess access = new ClaimAccess(claims);
    ProgrammeRepository programmes = new ProgrammeRepository();
    SantunanEventRepository santunanEvents = new SantunanEventRepository();
    RestrictionRepository restrictions = new RestrictionRepository();
    PayoutService payoutService = new PayoutService(context, payouts, facts, santunanEvents, programmes, restrictions);
    CalendarRepository calendar = new CalendarRepository();
    ClaimCases cases = new ClaimCases(context.clock(), new ClaimCaseRepository(), facts, calendar);
    features.add(new HolidayRoutes(new HolidayService(context, calendar)));
    features.add(new ServiceDurationRoutes(new ServiceDurationService(context, calendar)));
    ClaimReads claimReads = new ClaimReads(recorder);
    features.add(new ClaimCaseRoutes(new ClaimCaseService(context, new ClaimCaseRepository(), facts, access, cases, claimReads),
        recorder));
    features.add(new ClaimRoutes(new ClaimService(context, claims, facts, documents, access, cases, claimReads), recorder));
    features.add(new DocumentRoutes(new DocumentService(context, documents, access, recorder),
        context.config().dataDir().resolve("uploads"), recorder));
    features.add(new PayoutRoutes(payoutService, new PayoutReads(context, payouts, recorder), recorder));
    PayoutBatchRepository batches = new PayoutBatchRepository(payouts);
    features.add(new BatchRoutes(new BatchService(context, batches, payouts, restrictions), new BatchReads(context, batches, recorder),
        recorder));
    features.add(new SantunanRoutes(new ProgrammeService(context, programmes, payouts),
        new SantunanEventService(context, santunanEvents, programmes, recorder), recorder));
  }

  /** The printed reports: monthly coverage, the month's recipients list, the claim and payout registers. */
  private static void reports(AppContext context, List<Feature> features, ReadRecorder recorder) {
    CoverageService coverage = new CoverageService(context, new CoverageRepository(), new CoverageTrendRepository(), new TariffRepository(),
        MembershipPolicy.DEFAULT);
    features.add(new ReportRoutes(new ReportService(context, new ReportRepository(context.crypto().cipher()), coverage, recorder), recorder));
  }

  /** The BPJS side: participant numbers (KPJ) and the registration hand-over. */
  private static void bpjs(AppContext context, List<Feature> features, ReadRecorder recorder) {
    RegistrationRepository files = new RegistrationRepository(context.crypto());
    features.add(new RegistrationRoutes(new RegistrationService(context, files, recorder, new RestrictionRepository()),
        recorder));
    features.add(new ReconciliationRoutes(
        new ReconciliationService(context, new ReconciliationRepository(context.crypto().index()), new DifferenceRepository(),
            files),
        new DifferenceService(context, new DifferenceRepository(), new MembershipRepository(), recorder),
        new OverpaymentService(context, new OverpaymentRepository(), new DifferenceRepository()), recorder));
    DeathRepository deaths = new DeathRepository();
    features.add(new DeathRoutes(new DeathService(context, deaths, new MembershipRepository()),
        new RefundService(context, deaths, recorder), recorder));
  }
}
