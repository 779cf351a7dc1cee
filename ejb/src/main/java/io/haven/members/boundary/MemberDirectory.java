package io.haven.members.boundary;

import io.haven.common.ListQuery;
import io.haven.common.NotFound;
import io.haven.common.Page;
import io.haven.common.TenantContext;
import io.haven.members.control.LevelLadder;
import io.haven.members.entity.Member;
import io.haven.members.entity.MemberLevel;
import io.haven.points.entity.PointsAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The console's view of the enterprise's members: searched by phone, the enterprise's member id or
 * nickname, filtered by product, each with growth value, level and points balance. A page costs
 * three queries whatever its size: the members, their accounts, the levels of their products.
 */
@Stateless
public class MemberDirectory {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public Page<MemberSummary> search(Long productId, String search, int first, int size) {
    tenant.tenantId();
    Page<Member> page =
        ListQuery.of(em, Member.class, "m")
            .when(productId, "m.productId = :p", "p")
            .contains(search, "m.phone like :q or lower(m.externalId) like :q or lower(m.nickname) like :q", "q")
            .page("m.id desc", first, size, m -> m);
    return new Page<>(summaries(page.items()), page.total());
  }

  public MemberSummary summary(long memberId) {
    tenant.tenantId();
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new NotFound("Member", memberId);
    }
    return summaries(List.of(member)).get(0);
  }

  private List<MemberSummary> summaries(List<Member> members) {
    if (members.isEmpty()) {
      return List.of();
    }
    List<Long> ids = members.stream().map(Member::getId).toList();
    Map<Long, Long> balances = new HashMap<>();
    em.createQuery("select a from PointsAccount a where a.memberId in :ids", PointsAccount.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(a -> balances.put(a.getMemberId(), a.getBalance()));
    List<Long> productIds = members.stream().map(Member::getProductId).distinct().toList();
    Map<Long, LevelLadder> ladders =
        em.createQuery("select l from MemberLevel l where l.productId in :p", MemberLevel.class)
            .setParameter("p", productIds)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(MemberLevel::getProductId, Collectors.collectingAndThen(Collectors.toList(), LevelLadder::new)));
    return members.stream()
        .map(
            m ->
                new MemberSummary(
                    m.getId(),
                    m.getProductId(),
                    m.getPhone(),
                    m.getExternalId(),
                    m.getNickname(),
                    m.getGrowthValue(),
                    ladders.getOrDefault(m.getProductId(), new LevelLadder(List.of()))
                        .levelFor(m.getGrowthValue())
                        .map(LevelView::of)
                        .orElse(null),
                    balances.getOrDefault(m.getId(), 0L),
                    m.getCreatedAt()))
        .toList();
  }
}
