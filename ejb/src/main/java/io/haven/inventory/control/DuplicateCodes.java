package io.haven.inventory.control;

import io.haven.common.InvalidInput;
import java.util.Collection;
import java.util.List;

/**
 * A CDK upload refused because codes repeat within the file ({@code inventory.cdk.duplicateInFile})
 * or already exist in the enterprise's pools ({@code inventory.cdk.duplicateInPool}); names how
 * many and the first few, so the operator can fix the file.
 */
public class DuplicateCodes extends InvalidInput {

  private final int count;
  private final List<String> firstFew;

  public DuplicateCodes(String code, Collection<String> codes, String what) {
    super("file", code, codes.size() + " codes " + what + ": " + CdkFile.firstFew(codes));
    this.count = codes.size();
    this.firstFew = codes.stream().limit(CdkFile.SHOWN).toList();
  }

  public int count() {
    return count;
  }

  /** The first {@link CdkFile#SHOWN} offending codes, comma-separated. */
  public String shown() {
    return CdkFile.firstFew(firstFew) + (count > firstFew.size() ? " …" : "");
  }
}
