package org.lantu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantu.region.RegionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Scopes: a unit and everything below it, on the seeded region tree. */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AccessServiceTests {

    static final Path DATA = TestEndpoints.dataDir("access");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("lantu.store.data-dir", DATA::toString);
    }

    @Autowired
    AccessService access;

    @Autowired
    RegionService regions;

    @Autowired
    JdbcClient jdbc;

    long ordos;
    long hangjin;
    long xini;
    long urad;

    @BeforeEach
    void units() {
        ordos = regions.find("鄂尔多斯市").orElseThrow().id();
        hangjin = regions.find("杭锦旗").orElseThrow().id();
        urad = regions.find("乌拉特后旗").orElseThrow().id();
        jdbc.sql("""
                        insert into region.admin_unit (name, level, parent_id) values ('锡尼镇', 'township', ?)
                        on conflict do nothing""").param(hangjin).update();
        xini = regions.find("锡尼镇").orElseThrow().id();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private void actAs(Role role, @Nullable Long unit, String... departments) {
        CurrentUser user = new CurrentUser("someone", role, unit, List.of(departments));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, null, role.authority()));
    }

    @Test
    void aCountyPlannerReadsAndWritesItsCountyAndWhatIsBelow() {
        actAs(Role.PLANNER, hangjin);
        assertThat(access.current())
                .hasValueSatisfying(u -> assertThat(u.unitId()).isEqualTo(hangjin));
        assertThat(access.canRead(hangjin)).isTrue();
        assertThat(access.canRead(xini)).isTrue();
        assertThat(access.canWrite(xini)).isTrue();
        assertThat(access.canRead(ordos)).isFalse();
        assertThat(access.canRead(urad)).isFalse();
        assertThat(access.canWrite(urad)).isFalse();
        assertThat(access.canRead(null)).isFalse();
        assertThat(access.readableUnitIds()).containsExactlyInAnyOrder(hangjin, xini);
        assertThat(access.writableUnitIds()).containsExactlyInAnyOrder(hangjin, xini);
    }

    @Test
    void aLeaguePlannerReadsItsCountiesButNotAnotherLeagues() {
        actAs(Role.PLANNER, ordos);
        assertThat(access.canRead(ordos)).isTrue();
        assertThat(access.canRead(hangjin)).isTrue();
        assertThat(access.canWrite(xini)).isTrue();
        assertThat(access.canRead(urad)).isFalse();
        assertThat(access.readableUnitIds()).contains(ordos, hangjin, xini).doesNotContain(urad);
    }

    @Test
    void viewersAndReportersReadButDoNotWrite() {
        actAs(Role.VIEWER, hangjin);
        assertThat(access.canRead(hangjin)).isTrue();
        assertThat(access.canWrite(hangjin)).isFalse();
        assertThat(access.writableUnitIds()).isEmpty();

        actAs(Role.REPORTER, hangjin, "旗住建局");
        assertThat(access.current().orElseThrow().departments()).containsExactly("旗住建局");
        assertThat(access.canRead(xini)).isTrue();
        assertThat(access.canWrite(hangjin)).isFalse();
    }

    @Test
    void aReporterReportsOnlyForItsDepartmentsWithinItsScope() {
        actAs(Role.REPORTER, hangjin, "旗住建局", "旗发改委");
        assertThat(access.canReportFor(hangjin, "旗住建局")).isTrue();
        assertThat(access.canReportFor(xini, " 旗发改委 ")).isTrue();
        assertThat(access.canReportFor(hangjin, "旗教育局")).isFalse();
        assertThat(access.canReportFor(urad, "旗住建局")).isFalse();
        assertThat(access.canReportFor(null, "旗住建局")).isFalse();
        assertThat(access.reportingDepartments()).containsExactly("旗住建局", "旗发改委");
    }

    @Test
    void plannersReportForEveryDepartmentInScopeViewersForNone() {
        actAs(Role.PLANNER, hangjin);
        assertThat(access.canReportFor(hangjin, "旗教育局")).isTrue();
        assertThat(access.canReportFor(urad, "旗教育局")).isFalse();
        assertThat(access.reportingDepartments()).isEmpty();
        actAs(Role.VIEWER, hangjin);
        assertThat(access.canReportFor(hangjin, "旗住建局")).isFalse();
        SecurityContextHolder.clearContext();
        assertThat(access.canReportFor(hangjin, "旗住建局")).isFalse();
    }

    @Test
    void anAdminWithoutAUnitHasTheWholeTree() {
        actAs(Role.ADMIN, null);
        assertThat(access.canRead(urad)).isTrue();
        assertThat(access.canRead(null)).isTrue();
        assertThat(access.canWrite(null)).isTrue();
        assertThat(access.readableUnitIds()).isNull();
        assertThat(access.writableUnitIds()).isNull();
    }

    @Test
    void anAdminOfAUnitIsScopedToIt() {
        actAs(Role.ADMIN, ordos);
        assertThat(access.canWrite(hangjin)).isTrue();
        assertThat(access.canWrite(urad)).isFalse();
        assertThat(access.readableUnitIds()).isNotNull().contains(hangjin);
    }

    @Test
    void anonymousReadsNothingWithoutPublicMode() {
        assertThat(access.isPublicRead()).isFalse();
        assertThat(access.current()).isEmpty();
        assertThat(access.canRead(hangjin)).isFalse();
        assertThat(access.canWrite(hangjin)).isFalse();
        assertThat(access.readableUnitIds()).isNotNull().isEmpty();
        assertThat(access.writableUnitIds()).isNotNull().isEmpty();
    }
}
