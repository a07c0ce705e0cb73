// png_valide FICHIER… : vrai si chaque fichier est un PNG entier — la
// signature, puis des blocs dont chaque CRC est juste, jusqu'au bloc IEND qui
// finit le fichier. Un PNG écrit par deux programmes à la fois n'y survit pas.
#include <boost/crc.hpp>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace {

std::uint32_t big_endian(const std::string& s, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}

// Le défaut trouvé, ou une chaîne vide.
std::string check(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string s{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (s.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) return "signature PNG absente";
  std::size_t at = 8;
  while (at + 12 <= s.size()) {
    const std::uint32_t length = big_endian(s, at);
    if (length > s.size() - at - 12) return "bloc tronqué";
    boost::crc_32_type crc;
    crc.process_bytes(s.data() + at + 4, length + 4);
    if (crc.checksum() != big_endian(s, at + 8 + length)) return "CRC faux";
    const std::string type = s.substr(at + 4, 4);
    at += 12 + length;
    if (type == "IEND") return at == s.size() ? "" : "octets après IEND";
  }
  return "pas de bloc IEND";
}

}  // namespace

int main(int argc, char* argv[]) {
  int bad = 0;
  for (int i = 1; i < argc; ++i)
    if (const std::string problem = check(argv[i]); !problem.empty()) {
      std::cerr << argv[i] << " : " << problem << '\n';
      ++bad;
    }
  return bad == 0 && argc > 1 ? 0 : 1;
}
