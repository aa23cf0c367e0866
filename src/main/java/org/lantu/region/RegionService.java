package org.lantu.region;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and registers administrative units. */
@Service
public class RegionService {

    private final JdbcClient jdbc;

    RegionService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // by hand: SimplePropertyRowMapper tries "parentId" as a column first and catches the driver's exception
    private static AdminUnit adminUnit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AdminUnit(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("level"),
                rs.getObject("parent_id", Long.class));
    }

    public List<AdminUnit> all() {
        return jdbc.sql("select id, code, name, level, parent_id from region.admin_unit order by code nulls last, id")
                .query(RegionService::adminUnit)
                .list();
    }

    public Optional<AdminUnit> byId(long id) {
        return jdbc.sql("select id, code, name, level, parent_id from region.admin_unit where id = ?")
                .param(id)
                .query(RegionService::adminUnit)
                .optional();
    }

    /** A unit by its GB/T 2260 code or its name (杭锦旗, 内蒙古 for 内蒙古自治区). */
    public Optional<AdminUnit> find(String codeOrName) {
        String key = codeOrName.strip();
        if (key.matches("\\d{6}")) {
            return jdbc.sql("select id, code, name, level, parent_id from region.admin_unit where code = ?")
                    .param(key)
                    .query(RegionService::adminUnit)
                    .optional();
        }
        return jdbc.sql("""
                        select id, code, name, level, parent_id from region.admin_unit
                        where name = :n or name like :n || '%' order by (name = :n) desc, code nulls last limit 1""").param("n", key).query(RegionService::adminUnit).optional();
    }

    /** The unit a plan names, registered (without a code) if Lantu does not know it yet. */
    @Transactional
    public AdminUnit ensure(String name) {
        return find(name).orElseGet(() -> {
            long id = jdbc.sql("insert into region.admin_unit (name, level) values (?, ?) returning id")
                    .params(name, levelOf(name))
                    .query(Long.class)
                    .single();
            return new AdminUnit(id, null, name, levelOf(name), null);
        });
    }

    /** The unit and all units below it. */
    public List<Long> withDescendants(long unitId) {
        return jdbc.sql("""
                        with recursive tree(id) as (
                            select id from region.admin_unit where id = ?
                            union all
                            select u.id from region.admin_unit u join tree t on u.parent_id = t.id)
                        select id from tree""").param(unitId).query(Long.class).list();
    }

    /** From the unit up to the top, the unit first. */
    public List<AdminUnit> ancestry(long unitId) {
        return jdbc.sql("""
                        with recursive up(id, code, name, level, parent_id, depth) as (
                            select id, code, name, level, parent_id, 0 from region.admin_unit where id = ?
                            union all
                            select u.id, u.code, u.name, u.level, u.parent_id, up.depth + 1
                            from region.admin_unit u join up on u.id = up.parent_id)
                        select id, code, name, level, parent_id from up order by depth""").param(unitId).query(RegionService::adminUnit).list();
    }

    static String levelOf(String name) {
        if (name.endsWith("自治区") || name.endsWith("省")) {
            return "region";
        }
        if (name.endsWith("盟") || name.endsWith("市") || name.endsWith("自治州") || name.endsWith("地区")) {
            return "league";
        }
        if (name.endsWith("苏木") || name.endsWith("镇") || name.endsWith("乡")) {
            return "township";
        }
        if (name.endsWith("嘎查") || name.endsWith("村")) {
            return "village";
        }
        return "county";
    }
}
