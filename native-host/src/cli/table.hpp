#pragma once
// Readable, aligned text tables for the command line. Width is counted in code points, so
// "Müller" lines up with "Miller".

#include <ostream>
#include <string>
#include <vector>

namespace onward::cli {

class Table {
public:
    explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}
    void add_row(std::vector<std::string> cells);
    bool empty() const noexcept { return rows_.empty(); }
    void print(std::ostream& out) const;

private:
    std::vector<std::string> headers_;
    std::vector<std::vector<std::string>> rows_;
};

} // namespace onward::cli
