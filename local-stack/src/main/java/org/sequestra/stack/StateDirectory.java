package org.sequestra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creates the state directory owner-only: it holds secrets, and zonky makes its binaries' parent
 * world-writable.
 */
final class StateDirectory {

  private StateDirectory() {}

  static void create(Path stateDir) {
    if (Files.exists(stateDir)) {
      return;
    }
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(
            stateDir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(stateDir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create " + stateDir, e);
    }
  }
}
