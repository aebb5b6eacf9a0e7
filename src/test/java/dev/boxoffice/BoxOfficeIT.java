package dev.boxoffice;

import dev.boxoffice.admin.AdminScenarios;
import dev.boxoffice.admin.SalesScenarios;
import dev.boxoffice.booking.BadInputScenarios;
import dev.boxoffice.booking.BestAvailableScenarios;
import dev.boxoffice.booking.BookingScenarios;
import dev.boxoffice.booking.ExpiryScenarios;
import dev.boxoffice.booking.HoldScenarios;
import dev.boxoffice.booking.MultiInstanceScenarios;
import dev.boxoffice.booking.RaceScenarios;
import dev.boxoffice.booking.SeedDemoScenarios;
import dev.boxoffice.platform.FuzzScenarios;
import dev.boxoffice.platform.HttpProtocolScenarios;
import dev.boxoffice.show.LayoutCachingScenarios;
import dev.boxoffice.show.SeatEventsScenarios;
import dev.boxoffice.web.AdminPagesScenarios;
import dev.boxoffice.web.SeatMapLoadBenchmark;
import dev.boxoffice.web.SeatMapScenarios;
import dev.boxoffice.testsupport.Api;
import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one Arquillian deployment: the packaged war on Payara Micro against the embedded
 * PostgreSQL. Every test runs as a client; the scenarios live in classes per component.
 */
@ExtendWith(ArquillianExtension.class)
class BoxOfficeIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/boxoffice.war"));
    }

    @ArquillianResource
    URL deploymentUrl;

    private Api api() {
        return new Api(deploymentUrl);
    }

    @Test
    void seedDemoSecondUserSeesSeatHeldByFirstAndIsRefused() {
        new SeedDemoScenarios(api()).secondUserSeesSeatHeldByFirstAndIsRefused();
    }

    @Test
    void multiSeatHoldIsAllOrNothing() throws Exception {
        new HoldScenarios(api()).multiSeatHoldIsAllOrNothing();
    }

    @Test
    void holdOfALockedSeatGivesUpAfterTheLockTimeout() throws Exception {
        new HoldScenarios(api()).holdOfALockedSeatGivesUpAfterTheLockTimeout();
    }

    @Test
    void holdOfPlainlyTakenSeatIsRefusedWithoutWaitingForItsLock() throws Exception {
        new HoldScenarios(api()).plainlyTakenSeatIsRefusedWithoutWaitingForItsLock();
    }

    @Test
    void takenSeatsAreNamedAndReleasesBelongToTheirOwner() {
        new HoldScenarios(api()).takenSeatsAreNamedAndReleasesBelongToTheirOwner();
    }

    @Test
    void holdAnswersCreatedWithLocationAndFixedExpiry() throws Exception {
        new HoldScenarios(api()).holdAnswersCreatedWithLocationAndFixedExpiry();
    }

    @Test
    void seatInOwnLiveHoldIsUnavailable() throws Exception {
        new HoldScenarios(api()).seatInOwnLiveHoldIsUnavailable();
    }

    @Test
    void perUserCapLimitsLiveHeldSeatsPerShow() throws Exception {
        new HoldScenarios(api()).perUserCapLimitsLiveHeldSeatsPerShow();
    }

    @Test
    void bookingNeedsOwnLiveHold() throws Exception {
        new BookingScenarios(api()).bookingNeedsOwnLiveHold();
    }

    @Test
    void sameIdempotencyKeyReturnsSameBooking() throws Exception {
        new BookingScenarios(api()).sameIdempotencyKeyReturnsSameBooking();
    }

    @Test
    void releasedHoldFreesSeatsAtOnceAndCannotBeBooked() throws Exception {
        new BookingScenarios(api()).releasedHoldFreesSeatsAtOnceAndCannotBeBooked();
    }

    @Test
    void cancelledBookingFreesSeatsAtOnce() throws Exception {
        new BookingScenarios(api()).cancelledBookingFreesSeatsAtOnce();
    }

    @Test
    void otherUsersHoldsAreUntouchable() throws Exception {
        new BookingScenarios(api()).otherUsersHoldsAreUntouchable();
    }

    @Test
    void expiredHoldCannotBeBooked() throws Exception {
        new BookingScenarios(api()).expiredHoldCannotBeBooked();
    }

    @Test
    void expiredSeatIsFreeOnReadAndReleasedByTimer() throws Exception {
        new ExpiryScenarios(api()).expiredSeatIsFreeOnReadAndReleasedByTimer();
    }

    @Test
    void expiredSeatCanBeTakenBeforeTimerRuns() throws Exception {
        new ExpiryScenarios(api()).expiredSeatCanBeTakenBeforeTimerRuns();
    }

    @Test
    void badInputIsRefusedWithProblemAndChangesNothing() throws Exception {
        new BadInputScenarios(api()).badInputIsRefusedWithProblemAndChangesNothing();
    }

    @Test
    void fuzzedBadInputNeverFailsTheServerAndChangesNothing() {
        new FuzzScenarios(api()).fuzzedBadInputNeverFailsTheServerAndChangesNothing();
    }

    @Test
    void concurrentOverlappingHoldsNeverSellASeatTwice() throws Exception {
        new RaceScenarios(api()).concurrentOverlappingHoldsNeverSellASeatTwice();
    }

    @Test
    void layoutIsGzippedTaggedAndFreshAfterEveryChange() throws Exception {
        new LayoutCachingScenarios(api()).layoutIsGzippedTaggedAndFreshAfterEveryChange();
    }

    @Test
    void layoutIsServedAsJsonOnlyWithProblemsForUnknownShows() throws Exception {
        new LayoutCachingScenarios(api()).layoutIsServedAsJsonOnlyWithProblemsForUnknownShows();
    }

    @Test
    void h2cUpgradeIsDeclined() throws Exception {
        new HttpProtocolScenarios(api()).h2cUpgradeIsDeclined();
    }

    @Test
    void randomLoadOnTwoInstancesKeepsTheInvariant() throws Exception {
        new MultiInstanceScenarios(api()).randomLoadOnTwoInstancesKeepsTheInvariant();
    }

    @Test
    void sseClientReceivesHoldAndReleaseEvents() throws Exception {
        new SeatEventsScenarios(api()).sseClientReceivesHoldAndReleaseEvents();
    }

    @Test
    void browserHeldSeatAppearsOnOtherOpenMapAndCannotBeSelected() throws Exception {
        new SeatMapScenarios(api()).heldSeatAppearsOnOtherOpenMapAndCannotBeSelected();
    }

    @Test
    void browserHoldBookAndCancelShowOnBothMaps() throws Exception {
        new SeatMapScenarios(api()).holdBookAndCancelShowOnBothMaps();
    }

    @Test
    void browserExpiredHoldFlipsBackToAvailableOnOpenMaps() throws Exception {
        new SeatMapScenarios(api()).expiredHoldFlipsBackToAvailableOnOpenMaps();
    }

    @Test
    void browserLargeMapsLoadWithinBudget() throws Exception {
        new SeatMapLoadBenchmark(api()).largeMapsLoadWithinBudget();
    }

    @Test
    void browserBookingAnExpiredHoldSaysSoAndRefreshesTheMap() throws Exception {
        new SeatMapScenarios(api()).bookingAnExpiredHoldSaysSoAndRefreshesTheMap();
    }

    @Test
    void browserChangeOnOneInstanceReachesMapOnAnother() throws Exception {
        new SeatMapScenarios(api()).changeOnOneInstanceReachesMapOnAnother();
    }

    @Test
    void adminUserGetsForbiddenOnEveryAdminEndpoint() throws Exception {
        new AdminScenarios(api()).userGetsForbiddenOnEveryAdminEndpoint();
    }

    @Test
    void adminVenuesAndHallsAreCreatedRenamedAndDeletedOnlyWhenUnused() throws Exception {
        new AdminScenarios(api()).venuesAndHallsAreCreatedRenamedAndDeletedOnlyWhenUnused();
    }

    @Test
    void adminLayoutGenerationHandlesAislesGapsCategoriesAndNumbering() throws Exception {
        new AdminScenarios(api()).layoutGenerationHandlesAislesGapsCategoriesAndNumbering();
    }

    @Test
    void adminLayoutChangesApplyToNewShowsOnly() throws Exception {
        new AdminScenarios(api()).layoutChangesApplyToNewShowsOnly();
    }

    @Test
    void adminShowsGetInventoryPricesAndNoOverlap() throws Exception {
        new AdminScenarios(api()).showsGetInventoryPricesAndNoOverlap();
    }

    @Test
    void adminDraftShowsAreInvisibleUntilPublished() throws Exception {
        new AdminScenarios(api()).draftShowsAreInvisibleUntilPublished();
    }

    @Test
    void adminEverySeatTransitionIsAudited() throws Exception {
        new SalesScenarios(api()).everySeatTransitionIsAudited();
    }

    @Test
    void adminCancellingAShowEndsHoldsAndCancelsBookings() throws Exception {
        new SalesScenarios(api()).cancellingAShowEndsHoldsAndCancelsBookings();
    }

    @Test
    void adminDashboardAndCsvExportReflectSales() throws Exception {
        new SalesScenarios(api()).dashboardAndCsvExportReflectSales();
    }

    @Test
    void bestAvailableHoldsAdjacentSeatsInOneRow() throws Exception {
        new BestAvailableScenarios(api()).bestAvailableHoldsAdjacentSeatsInOneRow();
    }

    @Test
    void bestAvailableAvoidsLeavingASingleSeat() throws Exception {
        new BestAvailableScenarios(api()).bestAvailableAvoidsLeavingASingleSeat();
    }

    @Test
    void bestAvailableConcurrentRequestsNeverOverlap() throws Exception {
        new BestAvailableScenarios(api()).concurrentBestAvailableRequestsNeverOverlap();
    }

    @Test
    void browserAdminLayoutEditorPreviewsAndSavesALayout() throws Exception {
        new AdminPagesScenarios(api()).layoutEditorPreviewsAndSavesALayout();
    }

    @Test
    void browserAdminDashboardRendersItsChartAndHeatMap() throws Exception {
        new AdminPagesScenarios(api()).dashboardRendersItsChartAndHeatMap();
    }

    @Test
    void browserUserGetsForbiddenOnAdminPages() throws Exception {
        new AdminPagesScenarios(api()).userGetsForbiddenOnAdminPages();
    }

    @Test
    void accountSignUpCreatesUserWhoCanLogInWithBasic() {
        new dev.boxoffice.account.SignUpScenarios(api()).signUpCreatesUserWhoCanLogInWithBasic();
    }

    @Test
    void accountInvalidSignUpsAreRefusedWithFieldErrorsAndCreateNothing() {
        new dev.boxoffice.account.SignUpScenarios(api()).invalidSignUpsAreRefusedWithFieldErrorsAndCreateNothing();
    }

    @Test
    void accountConcurrentSignUpsWithSameNameCreateExactlyOneAccount() throws Exception {
        new dev.boxoffice.account.SignUpScenarios(api()).concurrentSignUpsWithSameNameCreateExactlyOneAccount();
    }

    @Test
    void accountFiveWrongPasswordsLockAccountEvenForRightPassword() {
        new dev.boxoffice.account.LockoutScenarios(api()).fiveWrongPasswordsLockAccountEvenForRightPassword();
    }

    @Test
    void accountUnknownUsernamesAreNeverLocked() {
        new dev.boxoffice.account.LockoutScenarios(api()).unknownUsernamesAreNeverLocked();
    }

    @Test
    void accountConcurrentWrongPasswordsLockAtExactlyFiveFailures() throws Exception {
        new dev.boxoffice.account.LockoutScenarios(api()).concurrentWrongPasswordsLockAtExactlyFiveFailures();
    }

    @Test
    void accountOnlyAdministratorsMayListAccountsOrChangeRoles() {
        new dev.boxoffice.account.AdminRoleScenarios(api()).onlyAdministratorsMayListAccountsOrChangeRoles();
    }

    @Test
    void accountAdminGrantsAdminRoleWhichCanBeRevoked() {
        new dev.boxoffice.account.AdminRoleScenarios(api()).adminGrantsAdminRoleWhichCanBeRevoked();
    }

    @Test
    void accountListShowsLockOfLockedAccount() {
        new dev.boxoffice.account.AdminRoleScenarios(api()).listShowsLockOfLockedAccount();
    }

    @Test
    void accountLastAdministratorKeepsTheRole() {
        new dev.boxoffice.account.AdminRoleScenarios(api()).lastAdministratorKeepsTheRole();
    }

    @Test
    void accountRecentlySeenUserIsAuthenticatedWithoutReadingTheAccount() throws Exception {
        new dev.boxoffice.account.AccountChangeScenarios(api()).recentlySeenUserIsAuthenticatedWithoutReadingTheAccount();
    }

    @Test
    void accountRoleGrantedOrRevokedInSqlCountsPromptly() {
        new dev.boxoffice.account.AccountChangeScenarios(api()).roleGrantedOrRevokedInSqlCountsPromptly();
    }

    @Test
    void accountPasswordChangedInSqlRefusesTheOldOne() {
        new dev.boxoffice.account.AccountChangeScenarios(api()).passwordChangedInSqlRefusesTheOldOne();
    }

    @Test
    void accountLockSetInSqlRefusesACachedLogin() {
        new dev.boxoffice.account.AccountChangeScenarios(api()).lockSetInSqlRefusesACachedLogin();
    }

    @Test
    void accountDeletedInSqlIsRefused() {
        new dev.boxoffice.account.AccountChangeScenarios(api()).accountDeletedInSqlIsRefused();
    }

    @Test
    void accountBrowserSignUpFormShowsFieldErrorThenLogsNewUserIn() throws Exception {
        new dev.boxoffice.account.AccountPageScenarios(api()).signUpFormShowsFieldErrorThenLogsNewUserIn();
    }

    @Test
    void accountBrowserLockedAccountLoginPageSaysHowLongToWait() throws Exception {
        new dev.boxoffice.account.AccountPageScenarios(api()).lockedAccountLoginPageSaysHowLongToWait();
    }

    @Test
    void accountFirstAdminIsPromotedWithConfiguredPasswordAtStartUp() throws Exception {
        new dev.boxoffice.account.FirstAdminScenarios().adminWithoutRoleIsPromotedWithConfiguredPassword();
    }
}
