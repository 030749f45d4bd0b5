// Status and Result<T>: recoverable errors that carry the offending input (file, line, field).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dipgraph {

class Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidArgument, kIoError, kCorruption, kUsage };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status Invalid(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  // A mistake in how the command was called (exit code 2 at the command line).
  static Status Usage(std::string msg) { return Status(Code::kUsage, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // Prefixes the message with where it happened ("file.txt:12: ").
  Status WithContext(const std::string& where) const {
    return ok() ? *this : Status(code_, where + ": " + message_);
  }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

#define DG_RETURN_IF_ERROR(expr)     \
  do {                               \
    ::dipgraph::Status _st = (expr); \
    if (!_st.ok()) return _st;       \
  } while (0)

}  // namespace dipgraph
