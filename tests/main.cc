// The one test binary (doctest). Tests are named as behaviour; see tests/<folder>/*_test.cc.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
