package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Fixtures.Enterprise;
import io.haven.system.Parallel;
import io.haven.system.Rows;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every save of the console, pressed by twenty console users at the same moment (each signed in
 * with a session and a page of their own, on the same version of the record): no answer is a 500,
 * the error dialog or a stack trace; each says that the save was done or why not (someone else
 * changed the record, a stale edit, a name already taken, not enough stock…); and the database
 * holds what the kept saves say — one row where a name is unique, counts that add up.
 *
 * <p>Without {@code ConflictingWrites} and {@code WriteConflictMessages} the losers whose update
 * collided in the database got the error dialog (an {@code OptimisticLockException} the views do
 * not catch); a unique name raced by twenty creates did the same with a constraint violation.
 *
 * <p>Run on H2 and again on MariaDB (tag {@code mariadb}), whose locks and unique keys answer a
 * race differently.
 *
 * <p>Each form is read once from a real browser (every field, as PrimeFaces sends it); the twenty
 * saves are then posted over plain HTTP so that they really overlap.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("mariadb")
class ConsoleParallelSavesIT {

  /** How each race went (kept, refused): context in the test log, not an assertion. */
  private static final System.Logger LOG = System.getLogger(ConsoleParallelSavesIT.class.getName());

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  // the console's messages (zh-CN, its default language) that a loser may get
  private static final String STALE = "该记录已被他人修改";
  private static final String CONFLICT = "其他人同时修改了此内容";
  private static final String NOT_FOUND = "记录不存在，或不属于当前企业。";
  private static final String INVENTORY_BUSY = "库存正忙，请稍后重试";

  private static final String GOODS = "/inventory/goods.xhtml";
  private static final String SUBS = "/inventory/sub-inventories.xhtml";
  private static final String LISTINGS = "/mall/listings.xhtml";
  private static final String GROUPS = "/mall/groups.xhtml";
  private static final String LEVELS = "/members/levels.xhtml";
  private static final String MEMBER_TASKS = "/members/tasks.xhtml";
  private static final String TASKS = "/tasks/tasks.xhtml";
  private static final String USERS = "/tenancy/users.xhtml";
  private static final String PRODUCTS = "/tenancy/products.xhtml";
  private static final String ACTIVITIES = "/activities/activities.xhtml";
  private static final String WINNERS = "/activities/records/plays.xhtml";
  private static final String BUSY = "系统繁忙";
  private static final Pattern PREVIEW = Pattern.compile("/tasks/image\\?id=(\\d+)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  // ---- the points mall: listings and groups

  @Test
  void twentyParallelSavesOfOneListingKeepOneAndTellTheOthers() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Listing Saves", "HOSTED_LOGIN", null);
    String suffix = suffix();
    MallData.Goods cup = MallData.goods(e, "Race Cup " + suffix, "PHYSICAL", 20, 10, false);
    long listing = MallData.listing(e, cup.subInventoryId(), "Race " + suffix, 10, false);
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      Form edit = form(browser, LISTINGS, "listings:table:#:edit", "listing", listing, "listingDialog messages", "listingForm");
      assertThat(edit.fields()).containsKey("listingForm:displayName");
      Outcome saved =
          outcomes(team.save(edit, i -> Map.of("listingForm:displayName", "Race " + suffix + " by " + i)), said("商品“{0}”已保存"), STALE, CONFLICT);
      assertThat(saved.kept()).as("exactly one save is kept").hasSize(1);
      assertThat(value("select count(*) from listing where tenant_id = ? and display_name = ?", e.tenantId(), saved.kept().get(0))).isEqualTo(1);
      // the name on the record is the one the winner typed, as the console shows it
      browser.go(LISTINGS);
      assertThat(browser.text("listings:table")).contains(saved.kept().get(0));
    }
  }

  @Test
  void twentyParallelSavesOfOneGroupKeepOneAndTellTheOthers() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Group Saves", "HOSTED_LOGIN", null);
    String group = "Race Group " + suffix();
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      // twenty adds of one name: the name is unique in the product, so exactly one group is made
      Form add = form(browser, GROUPS, "groups:add", null, null, "groupDialog", "groupForm").with("groupForm:name", group, "groupForm:sortOrder", "10");
      Outcome added = outcomes(team.save(add, same()), said("已新增分组“{0}”"), "已有同名分组", CONFLICT);
      assertThat(added.kept()).as("one group of that name").containsExactly(group);
      assertThat(value("select count(*) from listing_group where tenant_id = ? and name = ?", e.tenantId(), group)).isEqualTo(1);
      long groupId = value("select id from listing_group where tenant_id = ? and name = ?", e.tenantId(), group);

      // the default group is row 0; the custom group made here is the one edited
      Form edit = form(browser, GROUPS, "groups:table:#:edit", "group", groupId, "groupDialog messages", "groupForm");
      Outcome saved =
          outcomes(
              team.save(edit, i -> Map.of("groupForm:name", group + " " + i, "groupForm:sortOrder", String.valueOf(20 + i))),
              said("分组“{0}”已保存"), STALE, CONFLICT);
      assertThat(saved.kept()).as("exactly one save is kept").hasSize(1);
      assertThat(value("select count(*) from listing_group where tenant_id = ? and name = ?", e.tenantId(), saved.kept().get(0))).isEqualTo(1);

      // twenty removals: one removes it, the others find it gone
      browser.go(GROUPS);
      String remove = rowButton(browser, "groups:table:#:remove", "group", groupId);
      Outcome removed = outcomes(team.click(GROUPS, remove, "group", groupId, "groups messages growl"), said("已删除分组“{0}”"), NOT_FOUND, CONFLICT);
      assertThat(removed.kept()).hasSize(1);
      assertThat(value("select count(*) from listing_group where id = ?", groupId)).isZero();
    }
  }

  @Test
  void twentyParallelListingCreatesAndStatusChangesAnswerCleanly() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Listing Changes", "HOSTED_LOGIN", null);
    String name = "Race Listing " + suffix();
    MallData.Goods cup = MallData.goods(e, "Race Mug " + suffix(), "PHYSICAL", 20, 10, false);
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      // listings have no unique name: each of the twenty adds is kept, and each says so
      Form add =
          form(browser, LISTINGS, "listings:add", null, null, "listingDialog messages", "listingForm")
              .with("listingForm:subInventoryId_input", String.valueOf(cup.subInventoryId()), "listingForm:displayName", name, "listingForm:pointsCost", "10");
      Outcome added = outcomes(team.save(add, same()), said("已新增上架商品“{0}”，当前为下架状态"), CONFLICT);
      assertThat(added.kept()).isNotEmpty().allMatch(name::equals);
      assertThat(value("select count(*) from listing where tenant_id = ? and display_name = ?", e.tenantId(), name)).isEqualTo(added.kept().size());

      long listing = value("select max(id) from listing where tenant_id = ? and display_name = ?", e.tenantId(), name);
      for (String[] step :
          new String[][] {{"online", "“{0}”已上架", "ONLINE"}, {"offline", "“{0}”已下架", "OFFLINE"}, {"void", "“{0}”已作废", "VOID"}}) {
        browser.go(LISTINGS);
        String button = rowButton(browser, "listings:table:#:" + step[0], "listing", listing);
        Outcome changed = outcomes(team.click(LISTINGS, button, "listing", listing, "listings messages growl"), said(step[1]), STALE, CONFLICT, NOT_FOUND, "");
        assertThat(changed.kept()).as(step[0]).isNotEmpty();
        assertThat(text("select status from listing where id = ?", listing)).isEqualTo(step[2]);
      }
    }
  }

  @Test
  void twentyParallelShipmentsAndPointsMovesShipOnceAndNeverOverdraw() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Ships And Moves", "HOSTED_LOGIN", null);
    String suffix = suffix();
    MallData.Goods kettle = MallData.goods(e, "Race Kettle " + suffix, "PHYSICAL", 20, 10, false);
    String listingName = "Race Kettle " + suffix;
    MallData.listing(e, kettle.subInventoryId(), listingName, 10, true);
    String memberId = "race-member-" + suffix;
    MallData.Redemption redemption = MallData.redeem(e, listingName, memberId, "Race Recipient");
    assertThat(redemption.status()).isEqualTo("AWAITING_SHIPMENT");
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      // a redemption is shipped once (M4); the others are told it is no longer awaiting shipment
      Form ship =
          form(browser, "/mall/records/redemptions.xhtml", "records:table:#:ship", "redemption", redemption.id(), "shipDialog messages", "shipForm")
              .with("shipForm:courier", "SF Express", "shipForm:trackingNumber", "SF" + suffix.toUpperCase().replaceAll("[^0-9A-Z]", "1"));
      Outcome shipped = outcomes(team.save(ship, same()), said("订单 {0} 已发货"), "只有待发货的兑换可以发货", STALE, CONFLICT);
      assertThat(shipped.kept()).as("shipped once").containsExactly(redemption.orderNumber());
      assertThat(text("select status from redemption where id = ?", redemption.id())).isEqualTo("SHIPPED");

      // twenty manual credits of 5 points: each is kept, and the balance is the sum of the ledger (V2)
      long member = value("select id from member where tenant_id = ? and external_id = ?", e.tenantId(), memberId);
      String page = "/members/member.xhtml?id=" + member;
      long before = balance(member);
      Form credit = form(browser, page, "ledger:move", null, null, "moveDialog", "moveForm").with("moveForm:direction", "CREDIT", "moveForm:amount", "5", "moveForm:reason", "race " + suffix);
      Outcome credited = outcomes(team.save(credit, same()), said("已增加 {0} 积分，当前余额 {1}"), "该会员的积分正在变动", CONFLICT);
      assertThat(credited.kept()).isNotEmpty();
      assertThat(balance(member)).isEqualTo(before + 5L * credited.kept().size());

      // twenty debits of a third of the balance: at most three are kept, the balance never goes below zero
      long third = balance(member) / 3;
      Form debit =
          form(browser, page, "ledger:move", null, null, "moveDialog", "moveForm")
              .with("moveForm:direction", "DEBIT", "moveForm:amount", String.valueOf(third), "moveForm:reason", "race " + suffix);
      long beforeDebits = balance(member);
      Outcome debited = outcomes(team.save(debit, same()), said("已扣减 {0} 积分，当前余额 {1}"), "积分不足", "该会员的积分正在变动", CONFLICT);
      assertThat(debited.kept()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      assertThat(balance(member)).isEqualTo(beforeDebits - third * debited.kept().size()).isNotNegative();
    }
  }

  /** The member's balance, after checking that it is the sum of the ledger. */
  private static long balance(long member) {
    long balance = value("select balance from points_account where member_id = ?", member);
    assertThat(value("select sum(amount) from ledger_entry where member_id = ?", member)).as("the ledger adds up to the balance").isEqualTo(balance);
    return balance;
  }

  // ---- inventory: goods, stock, allocation, sub-inventories

  @Test
  void twentyParallelInventorySavesKeepTheStockRight() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Inventory Saves", "HOSTED_LOGIN", null);
    String name = "Race Goods " + suffix();
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      // goods have no unique name: each of the twenty adds is kept with its stock of 5
      Form add =
          form(browser, GOODS, "goods:add", null, null, "goodsDialog messages", "goodsForm")
              .with("goodsForm:name", name, "goodsForm:priceFen", "1", "goodsForm:initialStock", "5");
      Outcome added = outcomes(team.save(add, same()), said("已添加商品“{0}”"), CONFLICT);
      assertThat(added.kept()).isNotEmpty().allMatch(name::equals);
      assertThat(value("select count(*) from goods where tenant_id = ? and name = ?", e.tenantId(), name)).isEqualTo(added.kept().size());
      assertThat(value("select sum(stock_total) from goods where tenant_id = ? and name = ?", e.tenantId(), name)).isEqualTo(5L * added.kept().size());
      long goods = value("select max(id) from goods where tenant_id = ? and name = ?", e.tenantId(), name);

      // twenty edits of one goods: one is kept, the others are told it changed
      Form edit = form(browser, GOODS, "goods:table:#:edit", "goods", goods, "goodsDialog messages", "goodsForm");
      Outcome edited = outcomes(team.save(edit, i -> Map.of("goodsForm:name", name + " by " + i)), said("商品“{0}”已保存"), STALE, CONFLICT);
      assertThat(edited.kept()).as("exactly one edit is kept").hasSize(1);
      assertThat(text("select name from goods where id = ?", goods)).isEqualTo(edited.kept().get(0));

      // twenty stock additions of 3: none is lost (total inventory only grows, under its lock)
      Form addStock = form(browser, GOODS, "goods:table:#:addStock", "goods", goods, "stockDialog messages", "stockForm").with("stockForm:quantity", "3");
      Outcome stocked = outcomes(team.save(addStock, same()), said("已为“{1}”增加 {0} 件，总库存 {2}"), CONFLICT, INVENTORY_BUSY);
      long total = 5 + 3L * stocked.kept().size();
      assertThat(value("select stock_total from goods where id = ?", goods)).isEqualTo(total);
      assertThat(value("select unallocated from goods where id = ?", goods)).isEqualTo(total);

      // twenty allocations of 2 to one product: one sub-inventory per product and goods
      Form allocate =
          form(browser, GOODS, "goods:table:#:allocate", "goods", goods, "allocationDialog messages", "allocationForm")
              .with("allocationForm:productId_input", String.valueOf(e.productId()), "allocationForm:quantity", "2");
      Outcome allocated =
          outcomes(team.save(allocate, same()), said("已将“{1}”的 {0} 件分配给“{2}”，子库存已上线"), "该商品已分配给此产品", CONFLICT, INVENTORY_BUSY);
      assertThat(allocated.kept()).as("exactly one allocation").hasSize(1);
      assertThat(value("select count(*) from sub_inventory where goods_id = ?", goods)).isEqualTo(1);
      long sub = value("select id from sub_inventory where goods_id = ?", goods);
      assertStock(goods, sub, total, 2);

      // twenty replenishments of 1 while on sale (a new allocation is online): as many as the unallocated allow
      long unallocated = total - 2;
      Form replenish = form(browser, SUBS, "subs:table:#:replenish", "sub", sub, "replenishDialog messages", "replenishForm").with("replenishForm:quantity", "1");
      Outcome replenished = outcomes(team.save(replenish, same()), said("已为“{1}”补货 {0} 件；可用 {2} 件"), "未分配库存不足", CONFLICT, INVENTORY_BUSY);
      assertThat(replenished.kept()).hasSizeLessThanOrEqualTo((int) Math.min(Parallel.TIMES, unallocated)).isNotEmpty();
      long available = 2 + replenished.kept().size();
      assertStock(goods, sub, total, available);

      // twenty "offline" of the sub-inventory: returns (退库) are for an offline one only
      onOrOff(browser, team, sub, "offline", "已下线", false);

      // twenty returns of 1: as many as are available, never more
      Form giveBack = form(browser, SUBS, "subs:table:#:giveBack", "sub", sub, "returnDialog messages", "returnForm").with("returnForm:quantity", "1");
      Outcome returned = outcomes(team.save(giveBack, same()), said("已退库“{1}” {0} 件；可用 {2} 件"), "超过可用库存", CONFLICT, INVENTORY_BUSY);
      assertThat(returned.kept()).hasSizeLessThanOrEqualTo((int) Math.min(Parallel.TIMES, available)).isNotEmpty();
      assertStock(goods, sub, total, available - returned.kept().size());

      // twenty "online" of the sub-inventory, back on sale
      onOrOff(browser, team, sub, "online", "已上线", true);

      // twenty uploads of one CDK file: its codes enter the pool once (unique per enterprise), the stock with them
      String cdkName = "Race CDK " + suffix();
      Form cdkGoods = add.with("goodsForm:name", cdkName, "goodsForm:category_input", "CDK", "goodsForm:initialStock", "0");
      team.consoles.get(0).open(GOODS);
      team.consoles.get(0).rowAction("goods:add", null, null, "goodsDialog messages");
      outcomes(List.of(team.consoles.get(0).ajax("goodsForm:save", "goodsForm", "goodsForm growl messages", cdkGoods.fields(), Map.of(), true)), said("已添加商品“{0}”"));
      long cdk = value("select id from goods where tenant_id = ? and name = ?", e.tenantId(), cdkName);
      String prefix = "RACE-" + suffix() + "-";
      byte[] codes = (prefix + "1\n" + prefix + "2\n" + prefix + "3\n" + prefix + "4\n" + prefix + "5\n").getBytes(StandardCharsets.UTF_8);
      Upload file = new Upload("codes.txt", "text/plain", codes);
      // PrimeFaces' upload script always sends the number of files; without it PrimeFaces itself fails
      Form upload = form(browser, GOODS, "goods:table:#:uploadCodes", "goods", cdk, "cdkDialog messages", "cdkForm").with("cdkForm:file_totalFilesCount", "1");
      Outcome uploaded =
          outcomes(
              team.save(upload, "cdkForm:file", same(), Map.of("cdkForm:file", file, "cdkForm:file_input", file)),
              said("已为“{1}”上传 {0} 个码"), "个码已存在于码池中", "部分码刚被另一次上传导入", INVENTORY_BUSY, CONFLICT);
      assertThat(uploaded.kept()).as("the file is imported once").containsExactly("5");
      assertThat(value("select count(*) from cdk_code where goods_id = ?", cdk)).isEqualTo(5);
      assertThat(value("select stock_total from goods where id = ?", cdk)).isEqualTo(5);
    }
  }

  /** Nothing was sold: what is not in the sub-inventory is unallocated, and the total never changed. */
  private static void assertStock(long goods, long sub, long total, long available) {
    assertThat(value("select stock_total from goods where id = ?", goods)).isEqualTo(total);
    assertThat(value("select available from sub_inventory where id = ?", sub)).isEqualTo(available);
    assertThat(value("select unallocated from goods where id = ?", goods)).isEqualTo(total - available);
  }

  // ---- members: levels and member tasks

  @Test
  void twentyParallelMemberLevelAndTaskSavesKeepOneOfEachName() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Member Saves", "HOSTED_LOGIN", null);
    String suffix = suffix();
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      // levels: the name and the minimum growth are unique in the product
      String level = "Race Level " + suffix;
      Form add = form(browser, LEVELS, "levels:add", null, null, "levelDialog", "levelForm").with("levelForm:name", level, "levelForm:minGrowth", "100");
      Outcome added =
          outcomes(
              team.save(add, same(), Map.of("levelForm:badge", new Upload("badge.png", "image/png", png()))),
              said("已新增等级“{0}”"), "已有同名等级", "须高于下一级、低于上一级的最低成长值", "等级正在被他人修改", CONFLICT);
      assertThat(added.kept()).as("one level of that name").containsExactly(level);
      assertThat(value("select count(*) from member_level where tenant_id = ? and name = ?", e.tenantId(), level)).isEqualTo(1);
      long levelId = value("select id from member_level where tenant_id = ? and name = ?", e.tenantId(), level);

      Form edit = form(browser, LEVELS, "levels:table:#:edit", "level", levelId, "levelDialog messages", "levelForm");
      Outcome saved = outcomes(team.save(edit, i -> Map.of("levelForm:name", "Lv " + suffix + " " + i)), said("已保存等级“{0}”"), STALE, CONFLICT, "等级正在被他人修改");
      assertThat(saved.kept()).as("exactly one save is kept").hasSize(1);
      assertThat(text("select name from member_level where id = ?", levelId)).isEqualTo(saved.kept().get(0));

      browser.go(LEVELS);
      String delete = rowButton(browser, "levels:table:#:delete", "level", levelId);
      Outcome removed = outcomes(team.click(LEVELS, delete, "level", levelId, "levels:table growl messages"), said("等级已删除"), NOT_FOUND, CONFLICT, "等级正在被他人修改");
      assertThat(removed.kept()).hasSize(1);
      assertThat(value("select count(*) from member_level where id = ?", levelId)).isZero();

      // member tasks: the code is unique in the product
      String code = "race-" + suffix;
      Form addTask =
          form(browser, MEMBER_TASKS, "tasks:add", null, null, "taskDialog", "taskForm")
              .with("taskForm:name", "Race Task " + suffix, "taskForm:code", code, "taskForm:growth", "5");
      Outcome tasks = outcomes(team.save(addTask, same()), said("已新增会员任务“{0}”"), "该产品已有相同编码的会员任务", CONFLICT);
      assertThat(tasks.kept()).as("one task of that code").hasSize(1);
      assertThat(value("select count(*) from member_task where tenant_id = ? and code = ?", e.tenantId(), code)).isEqualTo(1);
      long task = value("select id from member_task where tenant_id = ? and code = ?", e.tenantId(), code);

      Form editTask = form(browser, MEMBER_TASKS, "tasks:table:#:edit", "task", task, "taskDialog messages", "taskForm");
      Outcome taskSaved = outcomes(team.save(editTask, i -> Map.of("taskForm:name", "Race Task " + suffix + " " + i)), said("已保存会员任务“{0}”"), STALE, CONFLICT);
      assertThat(taskSaved.kept()).as("exactly one save is kept").hasSize(1);
      assertThat(text("select name from member_task where id = ?", task)).isEqualTo(taskSaved.kept().get(0));

      // twenty switches each turn it over: every one is answered, and the status is one of the two
      browser.go(MEMBER_TASKS);
      String switchButton = rowButton(browser, "tasks:table:#:switch", "task", task);
      Outcome switched =
          outcomes(team.click(MEMBER_TASKS, switchButton, "task", task, "tasks:table growl messages"), Pattern.compile("会员任务“([^”]+)”已[上下]线"), STALE, CONFLICT);
      assertThat(switched.kept()).isNotEmpty();
      assertThat(text("select status from member_task where id = ?", task)).isIn("ONLINE", "OFFLINE");
    }
  }

  // ---- points tasks

  @Test
  void twentyParallelPointsTaskSavesAnswerCleanly() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Task Saves", "HOSTED_LOGIN", null);
    String title = "Race Sign-in " + suffix();
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      browser.go(TASKS);
      browser.click("tasks:add");
      String pick = browser.driver.findElement(By.cssSelector(".template-DAILY_SIGN_IN")).getAttribute("id");
      browser.click(pick);
      browser.visible("taskForm");
      Form create =
          read(browser, TASKS, pick, "template", "DAILY_SIGN_IN", "taskDialog messages", "taskForm")
              .with("taskForm:title", title, "taskForm:points", "5");
      Outcome created = outcomes(team.save(create, same()), said("已创建任务“{0}”，任务已上线"), CONFLICT, "");
      assertThat(created.kept()).isNotEmpty().allMatch(title::equals);
      assertThat(value("select count(*) from points_task where tenant_id = ? and title = ?", e.tenantId(), title)).isEqualTo(created.kept().size());
      long task = value("select max(id) from points_task where tenant_id = ? and title = ?", e.tenantId(), title);

      // editing needs the task offline (K2)
      browser.go(TASKS);
      String offline = rowButton(browser, "tasks:table:#:offline", "task", task);
      Outcome wentOffline = outcomes(team.click(TASKS, offline, "task", task, "tasks messages growl"), said("任务“{0}”已下线"), STALE, CONFLICT, "");
      assertThat(wentOffline.kept()).isNotEmpty();

      Form edit = form(browser, TASKS, "tasks:table:#:edit", "task", task, "taskDialog messages", "taskForm");
      Outcome saved = outcomes(team.save(edit, i -> Map.of("taskForm:title", title + " " + i)), said("已保存任务“{0}”"), STALE, CONFLICT);
      assertThat(saved.kept()).as("exactly one save is kept").hasSize(1);
      assertThat(text("select title from points_task where id = ?", task)).isEqualTo(saved.kept().get(0));

      browser.go(TASKS);
      String online = rowButton(browser, "tasks:table:#:online", "task", task);
      Outcome wentOnline = outcomes(team.click(TASKS, online, "task", task, "tasks messages growl"), said("任务“{0}”已上线"), STALE, CONFLICT, "");
      assertThat(wentOnline.kept()).isNotEmpty();
      assertThat(text("select status from points_task where id = ?", task)).isEqualTo("ONLINE");
    }
  }

  @Test
  void twentyParallelReviewsOfOneReceiptDecideItOnce() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Reviews", "HOSTED_LOGIN", null);
    long task = io.haven.system.TaskFixtures.task(e, "UPLOAD_RECEIPT", "Race Receipt", 30, 2, 0);
    TasksConsoleIT.Member member = TasksConsoleIT.Member.signUp(e.appId());
    member.upload(task);
    member.upload(task);
    long approving = value("select min(id) from receipt_submission where tenant_id = ? and task_id = ?", e.tenantId(), task);
    long rejecting = value("select max(id) from receipt_submission where tenant_id = ? and task_id = ?", e.tenantId(), task);
    long memberId = value("select member_id from receipt_submission where id = ?", approving);
    long points = value("select coalesce(sum(amount), 0) from ledger_entry where member_id = ?", memberId);
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      // twenty approvals: the points are credited once (K4); the others are told it was decided
      browser.go("/tasks/review.xhtml");
      String approve = rowButton(browser, "review:table:#:approve", "submission", approving);
      Outcome approved =
          outcomes(
              team.click("/tasks/review.xhtml", approve, "submission", approving, "review messages growl"),
              said("已通过“{0}”，发放 {1} 积分"), "该提交已被审核过", STALE, CONFLICT, "");
      assertThat(approved.kept()).as("approved once").hasSize(1);
      assertThat(text("select status from receipt_submission where id = ?", approving)).isEqualTo("APPROVED");
      assertThat(value("select coalesce(sum(amount), 0) from ledger_entry where member_id = ?", memberId)).as("credited once").isEqualTo(points + 30);

      Form reject =
          form(browser, "/tasks/review.xhtml", "review:table:#:reject", "submission", rejecting, "rejectDialog messages", "rejectForm")
              .with("rejectForm:reason", "Race: the receipt is blurred");
      Outcome rejected = outcomes(team.save(reject, "rejectForm:confirmReject", same(), Map.of()), said("已驳回“{0}”"), "该提交已被审核过", STALE, CONFLICT);
      assertThat(rejected.kept()).as("rejected once").hasSize(1);
      assertThat(text("select status from receipt_submission where id = ?", rejecting)).isEqualTo("REJECTED");
    }
  }

  /**
   * The task form's icon and contact-QR uploads and the WeCom sandbox's test events (issue 17):
   * twenty editors each upload their own images into the form they opened, at once — each is
   * stored detached and shown to its own form only; then all twenty save, one edit is kept with its
   * own two images attached, the others' stay detached (for the purge) and nothing of a refused
   * save is attached. Twenty test events for one member of a once-a-day task credit once.
   */
  @Test
  void twentyParallelTaskImageUploadsAndTestEventsKeepOneFormsImagesAndCreditOnce() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Task Images", "HOSTED_LOGIN", null);
    String suffix = suffix();
    long task = io.haven.system.TaskFixtures.contactTask(e, "ADD_SERVICE_FRIEND", "cfg-race-" + suffix, 5, 1);
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      // editing needs the task offline (K2)
      browser.go(TASKS);
      String offline = rowButton(browser, "tasks:table:#:offline", "task", task);
      team.consoles.get(0).open(TASKS);
      outcomes(List.of(team.consoles.get(0).rowAction(offline, "task", String.valueOf(task), "tasks messages growl")), said("任务“{0}”已下线"));

      Form edit = form(browser, TASKS, "tasks:table:#:edit", "task", task, "taskDialog messages", "taskForm");
      team.open(edit);
      List<Long> icons =
          imageIds(team.upload(edit, "icon", "taskForm:iconPreview taskForm:iconMessage",
              i -> new Upload("icon.png", "image/png", io.haven.system.TaskFixtures.png(48, 48, 0x0a0000 * (i + 1)))));
      List<Long> qrs =
          imageIds(team.upload(edit, "qrImage", "taskForm:qrPreview taskForm:qrMessage",
              i -> new Upload("qr.png", "image/png", io.haven.system.TaskFixtures.png(120, 120, 0x000a00 * (i + 1)))));
      assertThat(icons).as("an image of its own for each upload").doesNotHaveDuplicates();
      assertThat(qrs).doesNotHaveDuplicates();
      assertThat(value("select count(*) from task_image where tenant_id = ? and attached = false", e.tenantId())).as("all detached until saved").isEqualTo(40);

      Outcome saved =
          outcomes(team.press(edit, "taskForm:save", i -> Map.of("taskForm:title", "Race Friend " + suffix + " " + i), Map.of()), said("已保存任务“{0}”"), STALE, CONFLICT);
      assertThat(saved.kept()).as("exactly one save is kept").hasSize(1);
      int winner = Integer.parseInt(saved.kept().get(0).substring(saved.kept().get(0).lastIndexOf(' ') + 1));
      assertThat(value("select icon_image_id from points_task where id = ?", task)).as("the kept form's own icon").isEqualTo(icons.get(winner));
      assertThat(text("select settings from points_task where id = ?", task)).as("the kept form's own QR code").contains("\"qrImageId\":" + qrs.get(winner));
      assertThat(value("select count(*) from task_image where tenant_id = ? and attached = true", e.tenantId())).as("only the kept form's two images").isEqualTo(2);
      assertThat(value("select count(*) from task_image where tenant_id = ? and attached = true and id in (?, ?)", e.tenantId(), icons.get(winner), qrs.get(winner)))
          .isEqualTo(2);

      // back online, then twenty test events for one member of the once-a-day task: credited once
      browser.go(TASKS);
      String online = rowButton(browser, "tasks:table:#:online", "task", task);
      team.consoles.get(0).open(TASKS);
      outcomes(List.of(team.consoles.get(0).rowAction(online, "task", String.valueOf(task), "tasks messages growl")), said("任务“{0}”已上线"));
      long member = TasksConsoleIT.Member.signUp(e.appId()).id();
      String credits = "select coalesce(sum(amount), 0) from ledger_entry where member_id = ?";
      long before = value(credits, member);
      Form event =
          form(browser, TASKS, "tasks:table:#:records", "task", task, "recordsDialog messages", "testEventForm").with("testEventForm:memberId", String.valueOf(member));
      Outcome credited =
          outcomes(team.save(event, "testEventForm:send", same(), Map.of()), said("测试事件已入账：会员 {1} 获得 {0} 积分"), "本周期的完成次数已用完", "该会员的积分正在变动", BUSY, CONFLICT);
      assertThat(credited.kept()).as("credited once").containsExactly("5");
      assertThat(value(credits, member)).as("5 points, once").isEqualTo(before + 5);
    }
  }

  /** The images the upload answers show (each its form's preview), in the order of the twenty. */
  private static List<Long> imageIds(List<HttpResponse<String>> answers) {
    List<Long> ids = new ArrayList<>();
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      assertThat(answer.body()).as("a page update, not an error").contains("<partial-response").doesNotContain("<error>").doesNotContain("failureDialog");
      Matcher preview = PREVIEW.matcher(answer.body());
      assertThat(preview.find()).as("the upload is shown: " + answer.body()).isTrue();
      ids.add(Long.parseLong(preview.group(1)));
    }
    return ids;
  }

  // ---- activities: the list's actions, the settings form, the winners' shipping

  /**
   * Issue 12's console saves: twenty "offline", edits and "online" of one activity answer cleanly
   * and leave its prize's units where they were; twenty deletes of an activity nobody played
   * delete it once and give its units back once; twenty shipments of one won prize ship it once.
   */
  @Test
  void twentyParallelActivitySavesAndShipmentsAnswerCleanly() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Activities", "HOSTED_LOGIN", null);
    String suffix = suffix();
    MallData.Goods flask = MallData.goods(e, "Race Flask " + suffix, "PHYSICAL", 20, 10, false);
    long activity = MallData.activity(e, flask.subInventoryId(), 3);
    long spare = MallData.activity(e, flask.subInventoryId(), 2);
    assertThat(value("select available from sub_inventory where id = ?", flask.subInventoryId())).as("5 units set aside").isEqualTo(5);
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      activityAction(browser, team, activity, "offline", "“{0}”已下线", "OFFLINE");

      // published, so its prizes are fixed: the settings change, one of the typed titles stays
      Form edit = form(browser, ACTIVITIES, "activities:table:#:edit", "activity", activity, "activityDialog messages", "activityForm");
      Outcome saved =
          outcomes(team.save(edit, i -> Map.of("activityForm:title", "Race Draw " + suffix + " " + i)), said("“{0}”已保存"), STALE, CONFLICT, BUSY);
      assertThat(saved.kept()).as("all forms were opened on one version: one save is kept, the others are stale").hasSize(1);
      assertThat(text("select title from activity where id = ?", activity)).isIn(saved.kept());

      activityAction(browser, team, activity, "publish", "“{0}”已上线", "ONLINE");
      assertThat(value("select remaining from prize where activity_id = ?", activity)).as("the prize's units untouched").isEqualTo(3);
      assertThat(value("select available from sub_inventory where id = ?", flask.subInventoryId())).isEqualTo(5);

      // twenty deletes of the activity nobody played: deleted once, its 2 units given back once
      browser.go(ACTIVITIES);
      String delete = rowButton(browser, "activities:table:#:delete", "activity", spare);
      Outcome deleted =
          outcomes(team.click(ACTIVITIES, delete, "activity", spare, "activities messages growl"), said("“{0}”已删除"), NOT_FOUND, CONFLICT, BUSY, "");
      assertThat(deleted.kept()).as("deleted once").hasSize(1);
      assertThat(value("select count(*) from activity where id = ?", spare)).isZero();
      assertThat(value("select available from sub_inventory where id = ?", flask.subInventoryId())).as("given back once").isEqualTo(7);

      // a member wins a flask and gives the address; twenty shipments of it ship it once
      long play = MallData.wonAndAddressed(e, activity, "1390000" + String.format("%04d", (int) (e.tenantId() % 10_000)));
      Form ship =
          form(browser, WINNERS, "records:table:#:ship", "play", play, "shipDialog messages", "shipForm")
              .with("shipForm:courier", "SF Express", "shipForm:trackingNumber", "SF" + suffix.toUpperCase().replaceAll("[^0-9A-Z]", "1"));
      Outcome shipped = outcomes(team.save(ship, same()), said("“{0}”已发货"), "只有待发货的奖品可以发货", STALE, CONFLICT);
      assertThat(shipped.kept()).as("shipped once").hasSize(1);
      assertThat(text("select status from play where id = ?", play)).isEqualTo("SHIPPED");
      assertThat(value("select remaining from prize where activity_id = ?", activity)).isEqualTo(2);
    }
  }

  /** Twenty parallel presses of an activity's row button (offline, publish): at least one does it. */
  private static void activityAction(ConsoleBrowser browser, Team team, long activity, String button, String done, String status) throws Exception {
    browser.go(ACTIVITIES);
    String id = rowButton(browser, "activities:table:#:" + button, "activity", activity);
    Outcome changed = outcomes(team.click(ACTIVITIES, id, "activity", activity, "activities messages growl"), said(done), STALE, CONFLICT, BUSY, "");
    assertThat(changed.kept()).as(button).isNotEmpty();
    assertThat(text("select status from activity where id = ?", activity)).isEqualTo(status);
  }

  // ---- tenancy: console users, products, the enterprise, the login scheme

  @Test
  void twentyParallelTenancySavesKeepOneUserPerNameAndOneScheme() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Tenancy Saves", null, null);
    String suffix = suffix();
    Team team = new Team(e);
    try (var browser = signedIn(e)) {
      // the login scheme is confirmed once, ever (T4)
      browser.go("/tenancy/login-scheme.xhtml");
      Form scheme =
          read(browser, "/tenancy/login-scheme.xhtml", null, null, null, null, "schemeForm").with("schemeForm:scheme", "HOSTED_LOGIN");
      Outcome confirmed = outcomes(team.save(scheme, "schemeForm:confirm", same(), Map.of()), said("登录方案已确认"), "登录方案已经确认过", CONFLICT);
      assertThat(confirmed.kept()).as("confirmed once").hasSize(1);
      assertThat(text("select login_scheme from enterprise where id = ?", e.tenantId())).isEqualTo("HOSTED_LOGIN");

      // twenty rotations of the product's API secret: one credential row; each secret shown was a new one
      browser.go("/tenancy/credentials.xhtml");
      String issue = rowButton(browser, "credentials:table:#:issue", "product", e.productId());
      Outcome rotated =
          outcomes(
              team.click("/tenancy/credentials.xhtml", issue, "product", e.productId(), "secretDialog messages credentials:graceHours"),
              Pattern.compile("id=\"secretForm:secret\"[^>]*value=\"([^\"]+)\""), STALE, CONFLICT);
      assertThat(rotated.kept()).isNotEmpty().doesNotHaveDuplicates();
      assertThat(value("select count(*) from api_credential where product_id = ?", e.productId())).isEqualTo(1);

      // console users: the username is unique on the platform
      String username = "race." + suffix;
      Form add =
          form(browser, USERS, "users:add", null, null, "userDialog", "userForm")
              .with("userForm:username", username, "userForm:displayName", "Race " + suffix, "userForm:password", "Race-pass-" + suffix + "-2026");
      Outcome added = outcomes(team.save(add, same()), said("已新增用户 {0}"), "该用户名已被使用", CONFLICT);
      assertThat(added.kept()).as("one user of that name").containsExactly(username);
      assertThat(value("select count(*) from console_user where username = ?", username)).isEqualTo(1);
      long user = value("select id from console_user where username = ?", username);

      Form role = form(browser, USERS, "users:table:#:changeRole", "user", user, "roleDialog messages", "roleForm").with("roleForm:role_input", "CUSTOMER_SERVICE");
      Outcome roles = outcomes(team.save(role, same()), said("已修改 {0} 的角色"), STALE, CONFLICT);
      assertThat(roles.kept()).isNotEmpty();
      assertThat(text("select role from console_user where id = ?", user)).isEqualTo("CUSTOMER_SERVICE");

      for (String[] step : new String[][] {{"disable", "已停用 {0}", "false"}, {"enable", "已启用 {0}", "true"}}) {
        browser.go(USERS);
        String button = rowButton(browser, "users:table:#:" + step[0], "user", user);
        Outcome changed = outcomes(team.click(USERS, button, "user", user, "users messages growl"), said(step[1]), STALE, CONFLICT, "");
        assertThat(changed.kept()).as(step[0]).isNotEmpty();
        assertThat(value("select count(*) from console_user where id = ? and enabled = " + step[2], user)).isEqualTo(1);
      }

      browser.go(USERS);
      String reset = rowButton(browser, "users:table:#:resetPassword", "user", user);
      Outcome resets = outcomes(team.click(USERS, reset, "user", user, "passwordDialog messages"), Pattern.compile("用户 (\\S+) 的临时密码只显示这一次"), STALE, CONFLICT);
      assertThat(resets.kept()).isNotEmpty();

      // products have no unique name: each add is kept; an edit keeps one
      String product = "Race App " + suffix;
      Form addProduct = form(browser, PRODUCTS, "products:add", null, null, "productDialog", "productForm").with("productForm:name", product, "productForm:pointsRate", "10");
      Outcome products = outcomes(team.save(addProduct, same()), said("已新增产品“{0}”（appId {1}）"), CONFLICT);
      assertThat(products.kept()).isNotEmpty().allMatch(product::equals);
      assertThat(value("select count(*) from product where tenant_id = ? and name = ?", e.tenantId(), product)).isEqualTo(products.kept().size());
      // the products list is oldest first, ten a page: the first of the twenty is on it
      long productId = value("select min(id) from product where tenant_id = ? and name = ?", e.tenantId(), product);

      Form editProduct = form(browser, PRODUCTS, "products:table:#:edit", "product", productId, "productDialog messages", "productForm");
      Outcome productSaved = outcomes(team.save(editProduct, i -> Map.of("productForm:name", product + " " + i)), said("产品“{0}”已保存"), STALE, CONFLICT);
      assertThat(productSaved.kept()).as("exactly one save is kept").hasSize(1);
      assertThat(text("select name from product where id = ?", productId)).isEqualTo(productSaved.kept().get(0));

      // the enterprise's name: every rename is answered, the name is one of those typed
      browser.go("/tenancy/enterprise.xhtml");
      Form rename = read(browser, "/tenancy/enterprise.xhtml", null, null, null, null, "enterpriseForm");
      Outcome renamed =
          outcomes(team.save(rename, "enterpriseForm:save", i -> Map.of("enterpriseForm:name", "Race Enterprise " + suffix + " " + i), Map.of()), said("企业名称已保存"), STALE, CONFLICT);
      assertThat(renamed.kept()).isNotEmpty();
      assertThat(text("select name from enterprise where id = ?", e.tenantId())).startsWith("Race Enterprise " + suffix);
    }
  }

  // ---- the platform operator: enterprises

  @Test
  void twentyParallelEnterpriseOpeningsOpenOne() throws Exception {
    String suffix = suffix();
    String name = "Race Tea " + suffix;
    String admin = "race-tea-" + suffix;
    Team team = new Team("platform", "Haven-Demo-2026");
    try (var browser = ConsoleBrowser.open()) {
      browser.signIn("platform", "Haven-Demo-2026");
      // the admin's username is unique on the platform: one enterprise is opened, not twenty
      Form open =
          form(browser, "/platform/enterprises.xhtml", "enterprises:open", null, null, "openDialog", "openForm")
              .with("openForm:name", name, "openForm:edition", "PAID", "openForm:username", admin, "openForm:displayName", "Race Admin", "openForm:password", "Race-Pass-2026");
      Outcome opened = outcomes(team.save(open, same()), said("已开通企业“{0}”，管理员 {1}"), "该用户名已被使用", CONFLICT);
      assertThat(opened.kept()).as("one enterprise").containsExactly(name);
      assertThat(value("select count(*) from console_user where username = ?", admin)).isEqualTo(1);
      assertThat(value("select count(*) from enterprise where name = ?", name)).as("no enterprise without its admin").isEqualTo(1);
      long enterprise = value("select id from enterprise where name = ?", name);

      browser.go("/platform/enterprises.xhtml");
      Form edition = form(browser, "/platform/enterprises.xhtml", "enterprises:table:#:changeEdition", "enterprise", enterprise, "editionDialog messages", "editionForm").with("editionForm:edition", "FREE");
      Outcome changed = outcomes(team.save(edition, same()), said("已修改“{0}”的版本"), STALE, CONFLICT);
      assertThat(changed.kept()).isNotEmpty();
      assertThat(text("select edition from enterprise where id = ?", enterprise)).isEqualTo("FREE");
    }
  }

  /** Twenty parallel presses of a sub-inventory's "online" or "offline" button: at least one does it. */
  private static void onOrOff(ConsoleBrowser browser, Team team, long sub, String button, String done, boolean online) throws Exception {
    browser.go(SUBS);
    String id = rowButton(browser, "subs:table:#:" + button, "sub", sub);
    Outcome changed = outcomes(team.click(SUBS, id, "sub", sub, "subs messages growl"), Pattern.compile("的“([^”]+)”" + done), STALE, CONFLICT, INVENTORY_BUSY, "");
    assertThat(changed.kept()).as(button).isNotEmpty();
    assertThat(value("select count(*) from sub_inventory where id = ? and online = " + online, sub)).isEqualTo(1);
  }

  // ---- the sweep

  /** What a save posts: its page, the ajax request that opened its form (if any), the form's fields. */
  private record Form(
      String page, String opener, String parameter, String value, String openRender, String formId, boolean multipart, Map<String, String> fields) {

    /** The same form with some fields typed in: name, value, name, value… */
    Form with(String... typed) {
      Map<String, String> changed = new LinkedHashMap<>(fields);
      for (int i = 0; i < typed.length; i += 2) {
        changed.put(typed[i], typed[i + 1]);
      }
      return new Form(page, opener, parameter, value, openRender, formId, multipart, changed);
    }
  }

  private record Upload(String filename, String type, byte[] bytes) {}

  /** The saves that were done (the first placeholder of each success message) and how many were refused. */
  private record Outcome(List<String> kept, int refused) {}

  /**
   * Twenty console users of one enterprise, each signed in with a session of its own, kept for
   * race after race.
   */
  private static final class Team {

    private final List<Console> consoles = new ArrayList<>();

    Team(Enterprise e) {
      this(e.adminUsername(), e.adminPassword());
    }

    Team(String username, String password) {
      for (int i = 0; i < Parallel.TIMES; i++) {
        consoles.add(Console.signIn(username, password));
      }
    }

    List<HttpResponse<String>> save(Form form, IntFunction<Map<String, String>> changes) throws Exception {
      return save(form, form.formId() + ":save", changes, Map.of());
    }

    List<HttpResponse<String>> save(Form form, IntFunction<Map<String, String>> changes, Map<String, Upload> files) throws Exception {
      return save(form, form.formId() + ":save", changes, files);
    }

    /**
     * Each console opens the form (a page and view state of its own, all on the same version of
     * the record), then all twenty press {@code saveButton} at once; {@code changes} gives each
     * its own input.
     */
    List<HttpResponse<String>> save(Form form, String saveButton, IntFunction<Map<String, String>> changes, Map<String, Upload> files) throws Exception {
      open(form);
      return press(form, saveButton, changes, files);
    }

    /** Each console opens the form: a page and view state of its own, all on the same version of the record. */
    void open(Form form) {
      for (Console console : consoles) {
        console.open(form.page());
        if (form.opener() != null) {
          HttpResponse<String> opened = console.rowAction(form.opener(), form.parameter(), form.value(), form.openRender());
          assertThat(opened.body()).as("the form opened").contains(form.formId()).doesNotContain("<error>");
        }
      }
    }

    /** All twenty press {@code saveButton} of the form each opened, at once. */
    List<HttpResponse<String>> press(Form form, String saveButton, IntFunction<Map<String, String>> changes, Map<String, Upload> files) throws Exception {
      return Parallel.twenty(i -> {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.putAll(changes.apply(i));
        return consoles.get(i).ajax(saveButton, form.formId(), form.formId() + " growl messages", fields, files, form.multipart());
      });
    }

    /**
     * All twenty upload a file of their own at once through the form's upload widget {@code
     * field} (its own ajax request, as PrimeFaces sends it, with its file count), each into the
     * form it opened; {@code render} is what the widget updates.
     */
    List<HttpResponse<String>> upload(Form form, String field, String render, IntFunction<Upload> file) throws Exception {
      String widget = form.formId() + ":" + field;
      return Parallel.twenty(i -> consoles.get(i).ajax(
          widget, widget, render, Map.of(form.formId(), form.formId(), widget + "_totalFilesCount", "1"), Map.of(widget, file.apply(i)), true));
    }

    /** Twenty presses of one row's button (online, offline, remove…) at once, each from its own page. */
    List<HttpResponse<String>> click(String page, String button, String parameter, long rowId, String render) throws Exception {
      for (Console console : consoles) {
        console.open(page);
      }
      return Parallel.twenty(i -> consoles.get(i).rowAction(button, parameter, String.valueOf(rowId), render));
    }
  }

  /**
   * Every answer is a page update (no 5xx, no error for the failure dialog, no stack trace) that
   * says either that the save was done ({@code saved}) or one of {@code refusals}; an empty
   * refusal allows an answer with no message (a row button the page no longer shows, because
   * another console already pressed it).
   */
  private static Outcome outcomes(List<HttpResponse<String>> answers, Pattern saved, String... refusals) {
    List<String> kept = new ArrayList<>();
    int refused = 0;
    for (HttpResponse<String> answer : answers) {
      String body = answer.body();
      assertThat(answer.statusCode()).as(body).isEqualTo(200);
      assertThat(body)
          .as("a page update, not an error")
          .contains("<partial-response")
          .doesNotContain("<error>")
          .doesNotContain("failureDialog")
          .doesNotContain("Exception");
      Matcher done = saved.matcher(body);
      if (done.find()) {
        // the growl's copy of the message is escaped for JavaScript (\- for -)
        kept.add((done.groupCount() > 0 ? done.group(1) : done.group()).replaceAll("\\\\(.)", "$1"));
      } else {
        assertThat(body).as("the loser is told why").containsAnyOf(refusals);
        refused++;
      }
    }
    LOG.log(System.Logger.Level.INFO, "parallel console saves ({0}): {1} kept, {2} refused", saved.pattern(), kept.size(), refused);
    return new Outcome(kept, refused);
  }

  /** A console message as a pattern: its placeholders match anything, the first is captured. */
  private static Pattern said(String message) {
    StringBuilder pattern = new StringBuilder();
    Matcher placeholder = Pattern.compile("\\{(\\d)}").matcher(message);
    int at = 0;
    while (placeholder.find()) {
      pattern.append(Pattern.quote(message.substring(at, placeholder.start())));
      pattern.append("0".equals(placeholder.group(1)) ? "([^”“<\"]+)" : "(?:[^”“<\"]+)");
      at = placeholder.end();
    }
    pattern.append(Pattern.quote(message.substring(at)));
    return Pattern.compile(pattern.toString());
  }

  private static IntFunction<Map<String, String>> same() {
    return i -> Map.of();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static ConsoleBrowser signedIn(Enterprise e) {
    ConsoleBrowser browser = ConsoleBrowser.open();
    browser.signIn(e.adminUsername(), e.adminPassword());
    return browser;
  }

  /**
   * The form as the browser has it once {@code opener} was pressed on {@code page}; an opener with
   * {@code #} is the row button of row {@code rowId} (whichever line of the table shows it).
   */
  private static Form form(ConsoleBrowser browser, String page, String opener, String parameter, Long rowId, String openRender, String formId) {
    browser.go(page);
    String button = rowId == null ? opener : rowButton(browser, opener, parameter, rowId);
    browser.click(button);
    browser.visible(formId);
    return read(browser, page, button, parameter, rowId == null ? null : String.valueOf(rowId), openRender, formId);
  }

  /**
   * The form {@code formId} as the browser shows it now; a multipart form is posted as multipart,
   * as PrimeFaces does (a form with a file input cannot be read otherwise).
   */
  private static Form read(ConsoleBrowser browser, String page, String opener, String parameter, String value, String openRender, String formId) {
    String enctype = browser.byId(formId).getAttribute("enctype");
    return new Form(page, opener, parameter, value, openRender, formId, "multipart/form-data".equals(enctype), fields(browser, formId));
  }

  /**
   * The id of the row button (a pattern with {@code #} for the line) whose parameter is {@code
   * rowId}, found in one script (finding ids one by one would wait out the driver's implicit wait
   * for every line that has no such button); a button with a confirmation keeps its request in
   * {@code data-pfconfirmcommand}.
   */
  @SuppressWarnings("unchecked")
  private static String rowButton(ConsoleBrowser browser, String pattern, String parameter, long rowId) {
    browser.awaitAjax();
    String[] ends = pattern.split("#");
    List<List<String>> buttons =
        (List<List<String>>)
            ((JavascriptExecutor) browser.driver)
                .executeScript(
                    "return Array.from(document.querySelectorAll('[id]')).filter(b => b.id.startsWith(arguments[0]) && b.id.endsWith(arguments[1]))"
                        + ".map(b => [b.id, (b.getAttribute('onclick') || '') + (b.getAttribute('data-pfconfirmcommand') || '')]);",
                    ends[0], ends[1]);
    Pattern carries = Pattern.compile("name:\"" + parameter + "\",value:\"?" + rowId + "[\",}]");
    return buttons.stream()
        .filter(b -> b.get(0).substring(ends[0].length(), b.get(0).length() - ends[1].length()).matches("\\d+"))
        .filter(b -> carries.matcher(b.get(1)).find())
        .map(b -> b.get(0))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + pattern + " for " + parameter + " " + rowId + " among " + buttons));
  }

  /** What PrimeFaces would post from the form: every enabled field with its current value. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> fields(ConsoleBrowser console, String formId) {
    List<List<String>> pairs =
        (List<List<String>>)
            ((JavascriptExecutor) console.driver)
                .executeScript("return jQuery(document.getElementById(arguments[0])).serializeArray().map(f => [f.name, f.value]);", formId);
    Map<String, String> fields = new LinkedHashMap<>();
    pairs.stream().filter(p -> !p.get(0).equals("jakarta.faces.ViewState")).forEach(p -> fields.put(p.get(0), p.get(1)));
    return fields;
  }

  /** A square PNG, as a level badge must be. */
  private static byte[] png() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- what the database holds, past every boundary and cache (the fixtures' RowsFixture)

  private static long value(String sql, Object... params) {
    return Rows.value(sql, params);
  }

  private static String text(String sql, Object... params) {
    return Rows.text(sql, params);
  }

  /** One console user's own session and page, over plain HTTP. */
  private static final class Console {

    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    private String page;
    private String viewState;

    static Console signIn(String username, String password) {
      Console console = new Console();
      console.open("/login.xhtml");
      List<String[]> fields =
          List.of(
              new String[] {"signIn", "signIn"},
              new String[] {"signIn:username", username},
              new String[] {"signIn:password", password},
              new String[] {"signIn:submit", ""},
              new String[] {"jakarta.faces.ViewState", console.viewState});
      HttpResponse<String> answer = console.post(console.page, fields, false, Map.of(), false);
      assertThat(answer.uri().getPath()).as("signed in").doesNotContain("login.xhtml");
      return console;
    }

    void open(String path) {
      page = path;
      HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(Server.admin() + path)).GET().build());
      assertThat(answer.statusCode()).isEqualTo(200);
      Matcher m = VIEW_STATE.matcher(answer.body());
      assertThat(m.find()).as("a view state on " + path).isTrue();
      viewState = m.group(1);
    }

    /** A button's ajax request (with the row parameter its {@code <f:param>} adds, if any), as its click sends it. */
    HttpResponse<String> rowAction(String button, String parameter, String value, String render) {
      List<String[]> fields = new ArrayList<>();
      if (parameter != null) {
        // first, as PrimeFaces sends it: the goods table's form is called "goods" too
        fields.add(new String[] {parameter, value});
      }
      String form = button.substring(0, button.indexOf(':'));
      fields.add(new String[] {form, form});
      return ajax(button, button, render, fields, Map.of(), false);
    }

    HttpResponse<String> ajax(String source, String execute, String render, Map<String, String> form, Map<String, Upload> files, boolean multipart) {
      List<String[]> fields = new ArrayList<>();
      form.forEach((name, value) -> fields.add(new String[] {name, value}));
      return ajax(source, execute, render, fields, files, multipart);
    }

    private HttpResponse<String> ajax(String source, String execute, String render, List<String[]> form, Map<String, Upload> files, boolean multipart) {
      List<String[]> fields = new ArrayList<>();
      fields.add(new String[] {"jakarta.faces.partial.ajax", "true"});
      fields.add(new String[] {"jakarta.faces.source", source});
      fields.add(new String[] {"jakarta.faces.partial.execute", execute});
      fields.add(new String[] {"jakarta.faces.partial.render", render});
      if (!files.containsKey(source)) {
        // a file upload is its own source: its part carries the file, not its name
        fields.add(new String[] {source, source});
      }
      fields.addAll(form);
      fields.add(new String[] {"jakarta.faces.ViewState", viewState});
      return post(page, fields, true, files, multipart);
    }

    /** Posts the fields, as multipart/form-data (as PrimeFaces sends a multipart form) when asked or when there are files. */
    private HttpResponse<String> post(String path, List<String[]> fields, boolean ajax, Map<String, Upload> files, boolean multipart) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Server.admin() + path));
      if (files.isEmpty() && !multipart) {
        String body = fields.stream().map(f -> encode(f[0]) + "=" + encode(f[1])).collect(Collectors.joining("&"));
        request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body));
      } else {
        String boundary = "----race" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach(f -> part(body, boundary, "name=\"" + f[0] + "\"", null, f[1].getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, file) -> part(body, boundary, "name=\"" + name + "\"; filename=\"" + file.filename() + "\"", file.type(), file.bytes()));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        request.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
      }
      if (ajax) {
        request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
      }
      return send(request.build());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String type, byte[] content) {
      StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: form-data; ").append(disposition).append("\r\n");
      if (type != null) {
        head.append("Content-Type: ").append(type).append("\r\n");
      }
      head.append("\r\n");
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
