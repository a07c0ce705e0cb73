# Options de compilation communes, posées sur chaque cible par td4_flags().
add_library(td4_flags INTERFACE)
target_compile_options(td4_flags INTERFACE -Wall -Wextra -Wpedantic
  $<$<BOOL:${TD4_WERROR}>:-Werror>)
if(TD4_SANITIZE)
  target_compile_options(td4_flags INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(td4_flags INTERFACE -fsanitize=address,undefined)
endif()
