package dev.modelgate.core.internal.policy;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Where something starts in a policy file: a line and a column, both counted from 1.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
record Position(int line, int column) {

  /** The start of the file. */
  static final Position START = new Position(1, 1);

  /** The position of a parser location; unknown parts (Jackson's -1) become 1. */
  static Position of(JsonLocation location) {
    return new Position(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
  }

  /** Orders positions as they appear in the file. */
  int compareTo(Position other) {
    return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
  }
}
