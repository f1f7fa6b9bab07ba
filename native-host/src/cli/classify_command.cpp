// classify: the classifier on files or standard input (the work is in classify/cli.cpp).
#include "classify/cli.hpp"
#include "cli/app.hpp"

namespace onward::cli {

void add_classify_command(CLI::App& app, CliContext& ctx)
{
    auto* classify = app.add_subcommand("classify", "Classify job emails: .eml files, JSON objects or JSON lines ('-' reads stdin)");
    auto inputs = std::make_shared<std::vector<std::string>>();
    auto explain = std::make_shared<bool>(false);
    classify->add_option("inputs", *inputs, "Files to classify, or - for standard input")->required();
    classify->add_flag("--explain", *explain, "Show the rules and phrases that decided");
    classify->callback([&ctx, inputs, explain] {
        ctx.exit_code = classify::run_classify_cli(*inputs, *explain, ctx.json_output, ctx.in, ctx.out, ctx.err);
    });
}

} // namespace onward::cli
