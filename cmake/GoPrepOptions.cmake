# Project-wide compiler settings as an INTERFACE target that every GoPrep target links,
# so nothing leaks into third-party code through directory-wide settings.
add_library(goprep_options INTERFACE)
add_library(GoPrep::options ALIAS goprep_options)

target_compile_definitions(goprep_options INTERFACE
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_NO_CAST_TO_ASCII
    QT_RESTRICTED_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_STRICT_ITERATORS
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(goprep_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wcast-align -Wunused -Woverloaded-virtual -Wimplicit-fallthrough)
    if(GOPREP_WERROR)
        target_compile_options(goprep_options INTERFACE -Werror)
    endif()
    if(GOPREP_FUZZ)
        # Coverage for libFuzzer in everything the fuzzer links, and the sanitizers that turn bugs into
        # crashes it can find.
        target_compile_options(goprep_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
            -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(goprep_options INTERFACE -fsanitize=address,undefined)
    endif()
    if(GOPREP_SANITIZE)
        target_compile_options(goprep_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(goprep_options INTERFACE -fsanitize=address,undefined)
    endif()
    # Hardening, as distributions build their packages (lintian checks for it): fortified libc calls in
    # optimised builds, a stack protector, a read-only relocation table bound at start. Not with the
    # sanitizers, which replace those libc calls themselves.
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT GOPREP_SANITIZE AND NOT GOPREP_FUZZ)
        target_compile_options(goprep_options INTERFACE -fstack-protector-strong
            $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
        target_link_options(goprep_options INTERFACE LINKER:-z,relro LINKER:-z,now)
    endif()
elseif(MSVC)
    target_compile_options(goprep_options INTERFACE /W4 /permissive- /utf-8)
    if(GOPREP_WERROR)
        target_compile_options(goprep_options INTERFACE /WX)
    endif()
endif()
