# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack (CPACK_PROJECT_CONFIG_FILE) after CPackConfig.cmake. CPack's DEB generator puts
# CPACK_PACKAGE_DESCRIPTION_SUMMARY in front of each component's description unless it is CMake's default summary;
# the packages' descriptions (installer/CMakeLists.txt) already start with their own synopsis.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
